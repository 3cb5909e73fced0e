using InviteScreen.Web.Access;
using Microsoft.Extensions.Time.Testing;

namespace InviteScreen.Web.Tests.Access;

public sealed class SignInLockoutTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    private SignInLockout Lockout() => new(new AccessSettings { MaxFailedSignIns = 5, LockoutMinutes = 15 }, clock);

    [Fact]
    public void RecordFailure_FiveTimesFromOneClient_LocksOutThatClientOnly()
    {
        var lockout = Lockout();
        for (var i = 0; i < 5; i++)
        {
            Assert.False(lockout.IsLockedOut("203.0.113.7"));
            lockout.RecordFailure("203.0.113.7");
        }

        Assert.True(lockout.IsLockedOut("203.0.113.7"));
        Assert.False(lockout.IsLockedOut("198.51.100.2"));
    }

    [Fact]
    public void RecordFailure_WhileLockedOut_DoesNotExtendThePause()
    {
        var lockout = Lockout();
        for (var i = 0; i < 5; i++)
        {
            lockout.RecordFailure("203.0.113.7");
        }

        clock.Advance(TimeSpan.FromMinutes(14));
        for (var i = 0; i < 20; i++)
        {
            lockout.RecordFailure("203.0.113.7");
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(lockout.IsLockedOut("203.0.113.7"));
    }

    [Fact]
    public void RecordSuccess_ForgetsEarlierFailures()
    {
        var lockout = Lockout();
        for (var i = 0; i < 4; i++)
        {
            lockout.RecordFailure("203.0.113.7");
        }

        lockout.RecordSuccess("203.0.113.7");
        lockout.RecordFailure("203.0.113.7");
        Assert.False(lockout.IsLockedOut("203.0.113.7"));
    }
}
