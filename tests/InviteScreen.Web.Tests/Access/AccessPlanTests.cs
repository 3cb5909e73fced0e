using InviteScreen.Web.Access;
using Microsoft.Extensions.Configuration;

namespace InviteScreen.Web.Tests.Access;

public sealed class AccessPlanTests
{
    private static readonly string Hash = OwnerPassword.Hash("some long password");

    [Theory]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.8.9.10:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("https://localhost", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://invitescreen.example:80", false)]
    public void IsLoopback_ClassifiesAddresses(string address, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(address));

    [Theory]
    [InlineData(new[] { "urls=http://localhost:5080" }, false)]
    [InlineData(new[] { "urls=http://127.0.0.1:5080;http://0.0.0.0:5081" }, true)]
    [InlineData(new[] { "http_ports=8080" }, true)]
    [InlineData(new[] { "urls=http://localhost:5080", "Kestrel:Endpoints:Web:Url=http://0.0.0.0:80" }, true)]
    [InlineData(new string[0], false)]
    public void From_ReadsTheSettingsKestrelReads(string[] pairs, bool beyondLoopback)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string?>(p[0], p[1])))
            .Build();

        Assert.Equal(beyondLoopback, ListenAddresses.AnyBeyondLoopback(ListenAddresses.From(configuration)));
    }

    [Fact]
    public void Decide_OnLoopback_NeedsNoSignInAndStarts()
    {
        var plan = AccessPlan.Decide(["http://localhost:5080"], new AccessSettings(), ownerPasswordStored: false);

        Assert.False(plan.SignInRequired);
        Assert.Null(plan.Refusal);
    }

    [Fact]
    public void Decide_OnLoopbackWithRequireSignInButNoPassword_RefusesNamingTheSetting()
    {
        var plan = AccessPlan.Decide(["http://localhost:5080"], new AccessSettings { RequireSignIn = true }, ownerPasswordStored: false);

        Assert.True(plan.SignInRequired);
        Assert.Contains("Access:RequireSignIn is true", plan.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, false, null, true)]
    [InlineData(false, true, false, null, true)]
    [InlineData(false, false, true, null, true)]
    [InlineData(false, false, false, null, false)]
    [InlineData(true, false, false, "short", false)]
    public void Decide_BeyondLoopback_StartsOnlyWithAWayForTheOwnerIn(bool hashConfigured, bool stored, bool allowSetup, string? apiKey, bool starts)
    {
        var settings = new AccessSettings { OwnerPasswordHash = hashConfigured ? Hash : null, AllowSetup = allowSetup, ApiKey = apiKey };

        var plan = AccessPlan.Decide(["http://0.0.0.0:5080"], settings, stored);

        Assert.True(plan.SignInRequired);
        Assert.Equal(starts, plan.Refusal is null);
    }
}
