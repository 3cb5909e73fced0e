namespace InviteScreen.Web.Access;

/// <summary>After <c>MaxFailedSignIns</c> failures in a row, sign-in (and setup) pauses for <c>LockoutMinutes</c>.</summary>
public sealed class SignInLockout(AccessSettings settings, TimeProvider clock)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset lockedUntil = DateTimeOffset.MinValue;

    public bool IsLockedOut
    {
        get
        {
            lock (gate)
            {
                return clock.GetUtcNow() < lockedUntil;
            }
        }
    }

    public void RecordFailure()
    {
        lock (gate)
        {
            if (++failures >= settings.MaxFailedSignIns)
            {
                lockedUntil = clock.GetUtcNow().AddMinutes(settings.LockoutMinutes);
                failures = 0;
            }
        }
    }

    public void RecordSuccess()
    {
        lock (gate)
        {
            failures = 0;
        }
    }
}
