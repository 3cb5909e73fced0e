using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InviteScreen.Web.Tests.Hosting;

public sealed class TransportSecurityTests
{
    [Fact]
    public async Task Production_OverHttps_SendsHsts()
    {
        await using var app = new InviteScreenAppFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "invitescreen.example" }, "Production");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://invitescreen.example/") });

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_ServingHttps_RedirectsPlainHttp()
    {
        await using var app = new InviteScreenAppFactory(new Dictionary<string, string?> { ["https_port"] = "5443" }, "Production");
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location?.Scheme);
    }

    [Fact]
    public async Task Development_OverHttps_SendsNoHsts()
    {
        await using var app = new InviteScreenAppFactory(new Dictionary<string, string?>(), "Development");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://invitescreen.example/") });

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Api_BeyondLoopbackWithNoSetting_IsRateLimitedByDefault()
    {
        await using var app = Access.BeyondLoopback.App();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Access.BeyondLoopback.ApiKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Web.Hosting.RequestLimits.DefaultPermitsBeyondLoopback; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/score", Invitations.Generic(), TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
