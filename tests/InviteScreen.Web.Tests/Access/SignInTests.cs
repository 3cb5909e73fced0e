using System.Net;
using InviteScreen.Web.Access;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InviteScreen.Web.Tests.Access;

public sealed class SignInTests
{
    [Fact]
    public async Task Loopback_ByDefault_PagesAndApiNeedNoSignIn()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/invitations", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/login", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("/invitations")]
    [InlineData("/api/invitations")]
    [InlineData("/invitations/flagged-senders.csv")]
    public async Task Loopback_RequestForAnotherHostName_IsRefused(string path)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "rebound.example";

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Loopback_WhenRequireSignInIsSet_RedirectsPagesToLogin()
    {
        await using var app = BeyondLoopback.App(("urls", "http://127.0.0.1:5080"), ("Access:RequireSignIn", "true"));
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync("/invitations", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/invitations")]
    [InlineData("/templates")]
    public async Task BeyondLoopback_PageWithoutSignIn_RedirectsToLogin(string path)
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateBrowserLikeClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task BeyondLoopback_Health_StaysAnonymous()
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Login_WithTheOwnerPassword_SignsInAndReturnsToThePageAsked()
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/login?ReturnUrl=%2Finvitations", "/login?ReturnUrl=%2Finvitations",
            new Dictionary<string, string> { ["Password"] = BeyondLoopback.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/invitations", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Login_WithAnExternalReturnUrl_StaysOnThisSite()
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/login", "/login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Password"] = BeyondLoopback.Password });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_ShowsAGenericErrorAndStaysOut()
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateBrowserLikeClient();

        var response = await BeyondLoopback.SignInAsync(client, "wrong password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.StartsWith("Sign-in failed.", page.QuerySelector(".field-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Login_AfterFiveFailures_RefusesEvenTheRightPasswordUntilFifteenMinutesPass()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var baseApp = BeyondLoopback.App();
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        for (var i = 0; i < 5; i++)
        {
            await BeyondLoopback.SignInAsync(client, $"guess {i}");
        }

        Assert.Equal(HttpStatusCode.OK, (await BeyondLoopback.SignInAsync(client)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await BeyondLoopback.SignInAsync(client)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, (await BeyondLoopback.SignInAsync(client)).StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        await using var app = BeyondLoopback.App();
        using var client = app.CreateBrowserLikeClient();
        await BeyondLoopback.SignInAsync(client);

        var response = await Forms.PostAsync(client, "/invitations", "/logout", []);

        Assert.Equal("/login", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Setup_WithTheTokenFromTheLog_StoresAPrivateHashAndSignsIn()
    {
        await using var app = BeyondLoopback.App(("Access:OwnerPasswordHash", ""), ("Access:AllowSetup", "true"));
        using var client = app.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
        var token = app.Services.GetRequiredService<OwnerPassword>().SetupToken!;
        const string chosen = "a brand new owner password";

        var wrong = await Forms.PostAsync(client, "/setup", "/setup", new Dictionary<string, string> { ["Token"] = "nope", ["Password"] = chosen, ["Confirm"] = chosen });
        var right = await Forms.PostAsync(client, "/setup", "/setup", new Dictionary<string, string> { ["Token"] = token, ["Password"] = chosen, ["Confirm"] = chosen });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup", TestContext.Current.CancellationToken)).StatusCode);
        Assert.True(OwnerPassword.IsStored(app.OwnerPasswordFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(app.OwnerPasswordFile));
        }
    }
}
