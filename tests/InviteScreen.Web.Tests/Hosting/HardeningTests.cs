using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace InviteScreen.Web.Tests.Hosting;

public sealed class HardeningTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/invitations")]
    [InlineData("/api/invitations/1")]
    public async Task AnyResponse_CarriesSecurityHeaders(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline'; object", csp.Replace("style-src 'self' 'unsafe-inline'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Api_BodyOverOneMegabyte_Returns413AndStoresNothing()
    {
        using var client = app.CreateClient();
        var before = app.WithDb(db => db.Invitations.Count());

        var response = await client.PostAsync("/api/invitations",
            new StringContent($"{{\"message\":\"{new string('x', 1_100_000)}\"}}", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, app.WithDb(db => db.Invitations.Count()));
    }

    [Fact]
    public async Task Form_BodyOverOneMegabyte_Returns413NotAStackTrace()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/", "/", new Dictionary<string, string> { ["Input.Message"] = new string('x', 1_100_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_OverRateLimit_Returns429ProblemWithRetryAfter()
    {
        await using var limited = new InviteScreenAppFactory();
        using var client = limited.WithWebHostBuilder(b => b.UseSetting("RateLimiting:ApiPermitsPerMinute", "2")).CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsJsonAsync("/api/score", Invitations.Generic(), TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter is not null);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }
}
