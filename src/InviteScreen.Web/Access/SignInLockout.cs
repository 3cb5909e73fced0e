namespace InviteScreen.Web.Access;

/// <summary>
/// After <c>MaxFailedSignIns</c> failures in a row from one client, sign-in (and setup) pauses for that client for
/// <c>LockoutMinutes</c>. Attempts during the pause do not extend it, so a stranger cannot keep the owner out.
/// </summary>
public sealed class SignInLockout(AccessSettings settings, TimeProvider clock)
{
    private const int MaxClientsTracked = 10_000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, (int Failures, DateTimeOffset LockedUntil)> clients = new(StringComparer.Ordinal);

    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public bool IsLockedOut(string client)
    {
        lock (gate)
        {
            return clients.TryGetValue(client, out var state) && clock.GetUtcNow() < state.LockedUntil;
        }
    }

    public void RecordFailure(string client)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            var (failures, lockedUntil) = clients.GetValueOrDefault(client);
            if (now < lockedUntil)
            {
                return;
            }

            clients[client] = ++failures >= settings.MaxFailedSignIns ? (0, now.AddMinutes(settings.LockoutMinutes)) : (failures, lockedUntil);
            if (clients.Count > MaxClientsTracked)
            {
                ForgetIdle(now);
            }
        }
    }

    public void RecordSuccess(string client)
    {
        lock (gate)
        {
            clients.Remove(client);
        }
    }

    private void ForgetIdle(DateTimeOffset now)
    {
        foreach (var (client, state) in clients.Where(c => c.Value.LockedUntil <= now).ToList())
        {
            clients.Remove(client);
        }
    }
}
