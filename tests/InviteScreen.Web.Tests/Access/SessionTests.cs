using System.Net;
using InviteScreen.Web.Access;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Access;

/// <summary>Owner sessions end when they should, survive a restart, and never open another instance.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task SignOut_ACopiedCookieNoLongerOpensTheApp()
    {
        await using var app = BeyondLoopback.App();
        var copied = await OwnerCookie.SignInAsync(app);
        using var browser = app.CreateBrowserLikeClient();
        await BeyondLoopback.SignInAsync(browser);

        await Forms.PostAsync(browser, "/invitations", "/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, await OwnerCookie.GetWithAsync(app, copied));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheSessionInEveryBrowser()
    {
        await using var app = BeyondLoopback.App();
        using var laptop = app.CreateBrowserLikeClient();
        using var phone = app.CreateBrowserLikeClient();
        await BeyondLoopback.SignInAsync(laptop);
        await BeyondLoopback.SignInAsync(phone);
        var page = await Forms.ParseAsync(await laptop.GetAsync("/invitations", TestContext.Current.CancellationToken));

        await Forms.PostAsync(laptop, "/invitations", "/logout", []);

        Assert.Equal("Sign out everywhere", page.QuerySelector("form.sign-out button")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Restart_OnTheSameDatabase_KeepsTheOwnerSignedIn()
    {
        await using var first = BeyondLoopback.App();
        var cookie = await OwnerCookie.SignInAsync(first);

        await using var restarted = BeyondLoopback.App(("ConnectionStrings:InviteScreen", $"Data Source={first.DatabasePath}"));

        Assert.Equal(HttpStatusCode.OK, await OwnerCookie.GetWithAsync(restarted, cookie));
    }

    [Fact]
    public async Task PasswordChange_EndsTheSessionsSignedInWithTheOldOne()
    {
        await using var first = BeyondLoopback.App();
        var cookie = await OwnerCookie.SignInAsync(first);

        await using var newPassword = BeyondLoopback.App(
            ("ConnectionStrings:InviteScreen", $"Data Source={first.DatabasePath}"), ("Access:OwnerPasswordHash", OwnerPassword.Hash("another long password")));

        Assert.Equal(HttpStatusCode.Redirect, await OwnerCookie.GetWithAsync(newPassword, cookie));
    }

    [Fact]
    public async Task Setup_EndsEarlierSessions()
    {
        await using var app = BeyondLoopback.App(("Access:OwnerPasswordHash", ""), ("Access:AllowSetup", "true"));
        var stamp = app.Services.GetRequiredService<SessionStamp>();
        var before = stamp.Current;
        using var client = app.CreateBrowserLikeClient();
        const string chosen = "a brand new owner password";

        await Forms.PostAsync(client, "/setup", "/setup", new Dictionary<string, string>
        {
            ["Token"] = app.Services.GetRequiredService<OwnerPassword>().SetupToken!, ["Password"] = chosen, ["Confirm"] = chosen,
        });

        Assert.NotEqual(before.Split('.')[0], stamp.Current.Split('.')[0]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AnotherInstance_WithAnotherDatabase_RefusesTheCookie()
    {
        await using var mine = BeyondLoopback.App();
        await using var theirs = BeyondLoopback.App();
        var cookie = await OwnerCookie.SignInAsync(mine);

        Assert.Equal(HttpStatusCode.OK, await OwnerCookie.GetWithAsync(mine, cookie));
        Assert.Equal(HttpStatusCode.Redirect, await OwnerCookie.GetWithAsync(theirs, cookie));
    }

    [Fact]
    public async Task Keys_LiveBesideTheDatabaseInAFolderOnlyTheAppsUserCanOpen()
    {
        await using var app = BeyondLoopback.App();
        await OwnerCookie.SignInAsync(app);

        var keys = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "keys");
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        }
    }

    [Fact]
    public async Task Keys_AtTheConfiguredPath_AreUsed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "invitescreen-tests", "keys-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var app = BeyondLoopback.App(("DataProtection:KeysPath", folder));
            await OwnerCookie.SignInAsync(app);

            Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
