using System.Net;
using System.Net.Http.Json;

namespace InviteScreen.Web.Tests.Access;

/// <summary>A reverse proxy on the same machine: its peer address is loopback, the people behind it are not.</summary>
public sealed class ProxyAccessTests
{
    private const string Stranger = "203.0.113.7";

    [Theory]
    [InlineData("X-Forwarded-For", Stranger)]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    [InlineData("X-Real-IP", Stranger)]
    [InlineData("X-Forwarded-Host", "invitescreen.example")]
    public async Task Loopback_ForwardedByAnUnknownPeer_IsRefusedNotServedAsLocal(string header, string value)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add(header, value);

        var page = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);
        var login = await client.GetAsync(page.Headers.Location, TestContext.Current.CancellationToken);
        var api = await client.GetAsync("/api/invitations", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Contains("Access:KnownProxies", await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Loopback_WithOwnerPassword_ForwardedRequestSignsInFirst()
    {
        await using var app = BeyondLoopback.App(("urls", "http://127.0.0.1:5080"));
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Stranger);

        var before = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);
        await BeyondLoopback.SignInAsync(client);
        var after = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);

        Assert.Equal("/login", before.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Loopback_WithoutForwardingHeaders_StillNeedsNoSignIn()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = RealKestrel.Start(app, IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData(Stranger, HttpStatusCode.Redirect)]
    [InlineData("127.0.0.1, " + Stranger, HttpStatusCode.Redirect)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    public async Task KnownProxy_ForwardingAClient_AsksSignInOfRemoteClientsOnly(string forwardedFor, HttpStatusCode expected)
    {
        await using var app = BeyondLoopback.App(("urls", "http://127.0.0.1:5080"), ("Access:KnownProxies", "127.0.0.1"));
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);

        var response = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task KnownProxy_SendingNoClientAddress_IsTreatedAsRemote()
    {
        await using var app = BeyondLoopback.App(("urls", "http://127.0.0.1:5080"), ("Access:KnownProxies", "127.0.0.0/8"));
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Lockout_BehindKnownProxy_KeysOnTheForwardedClientNotTheProxy()
    {
        await using var app = BeyondLoopback.App(("urls", "http://127.0.0.1:5080"), ("Access:RequireSignIn", "true"), ("Access:KnownProxies", "127.0.0.1"));
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Stranger);
        for (var i = 0; i < 5; i++)
        {
            await BeyondLoopback.SignInAsync(client, $"guess {i}");
        }

        var strangerWithRightPassword = await BeyondLoopback.SignInAsync(client);
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.4");
        var owner = await BeyondLoopback.SignInAsync(client);

        Assert.Equal(HttpStatusCode.OK, strangerWithRightPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task RateLimit_BehindKnownProxy_CountsEachForwardedClientApart()
    {
        await using var app = BeyondLoopback.App(
            ("urls", "http://127.0.0.1:5080"), ("Access:KnownProxies", "127.0.0.1"), ("RateLimiting:ApiPermitsPerMinute", "2"));
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Api-Key", BeyondLoopback.ApiKey);

        var busy = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            busy.Add((await ScoreAsync(client, Stranger)).StatusCode);
        }

        var other = await ScoreAsync(client, "198.51.100.4");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], busy);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task RateLimit_BehindKnownProxyWithNoSetting_IsOnByDefault()
    {
        await using var app = BeyondLoopback.App(("urls", "http://127.0.0.1:5080"), ("Access:KnownProxies", "127.0.0.1"));
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Api-Key", BeyondLoopback.ApiKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Web.Hosting.RequestLimits.DefaultPermitsBeyondLoopback; i++)
        {
            statuses.Add((await ScoreAsync(client, Stranger)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Loopback_OnAnotherLoopbackAddress_AnswersAtThatAddress()
    {
        await using var app = new InviteScreenAppFactory(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.2:0" });
        using var client = RealKestrel.Start(app);

        var response = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);

        Assert.Equal("127.0.0.2", client.BaseAddress?.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_RequestForAnotherHostName_IsRefusedNotRedirectedThere()
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/invitations");
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private static async Task<HttpResponseMessage> ScoreAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/score") { Content = JsonContent.Create(Invitations.Generic()) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
