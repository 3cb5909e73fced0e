using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InviteScreen.Web.Tests.Access;

/// <summary>Over HTTPS, directly or through a known TLS proxy, every cookie the app sets is Secure.</summary>
public sealed class CookieSecurityTests
{
    [Fact]
    public async Task Https_AntiforgeryCookie_IsSecure()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        AssertAllSecure(response);
    }

    [Fact]
    public async Task BehindAKnownTlsProxy_AntiforgeryCookie_IsSecure()
    {
        await using var app = BeyondLoopback.App(("urls", "http://127.0.0.1:5080"), ("Access:RequireSignIn", "true"), ("Access:KnownProxies", "127.0.0.1"));
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var login = await client.GetAsync("/login", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        AssertAllSecure(login);
    }

    [Fact]
    public async Task Https_OwnerCookie_IsSecure()
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/"), AllowAutoRedirect = false });

        var signedIn = await BeyondLoopback.SignInAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        AssertAllSecure(signedIn);
    }

    private static void AssertAllSecure(HttpResponseMessage response)
    {
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
