using System.Net;
using InviteScreen.Web.Tests.Access;

namespace InviteScreen.Web.Tests.Fuzz;

/// <summary>
/// Hostile requests to every form and endpoint: never a 5xx, never a stack trace, and a rejected
/// request leaves every row of the database as it was. Bounded: 40 requests per target.
/// </summary>
public sealed class FuzzTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    private const int Seed = 20261126;
    private const int RequestsPerTarget = 40;

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task HostileRequests_NeverFailTheServerNorChangeDataWhenRejected(string target)
    {
        await SeedAsync();
        using var client = app.CreateBrowserLikeClient();
        await FuzzAsync(app, client, FuzzTargets.All.Single(t => t.Name == target), "/");
        Assert.Empty(app.WithDb(db => db.ImportJobs.Where(j => j.Status == Web.Imports.ImportStatus.Failed).Select(j => j.Error).ToList()));
    }

    [Fact]
    public async Task HostileSignIns_NeverFailTheServer()
    {
        await using var guarded = BeyondLoopback.App();
        using var client = guarded.CreateBrowserLikeClient();
        await FuzzAsync(guarded, client, FuzzTargets.Login, "/login");
    }

    private static async Task FuzzAsync(InviteScreenAppFactory app, HttpClient client, FuzzTarget target, string formPage)
    {
        var token = (await Forms.ParseAsync(await client.GetAsync(formPage, TestContext.Current.CancellationToken)))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var values = new FuzzValues(Seed ^ target.Name.Length);
        for (var i = 0; i < RequestsPerTarget; i++)
        {
            // A report relearns in the background; let it finish so only this request can change the database.
            await app.LearnedAsync();
            var session = new FuzzSession(token, app.WithDb(db => db.Invitations.Select(x => x.Id).ToList()));
            var before = DatabaseFingerprint.Of(app.DatabasePath);
            using var request = target.Build(values, session);
            var description = $"{target.Name}, seed {values.Seed}, request {i}: {request.Method} {Shorten(request.RequestUri?.OriginalString)}";

            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True((int)response.StatusCode < 500, $"{description} → {(int)response.StatusCode}: {Shorten(body)}");
            Assert.False(body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal), $"{description} leaked a stack trace: {Shorten(body)}");
            if (IsRejected(target, response.StatusCode))
            {
                Assert.True(before == DatabaseFingerprint.Of(app.DatabasePath), $"{description} was rejected ({(int)response.StatusCode}) but changed the database");
            }
            else if (target.SettleAsync is { } settle)
            {
                await settle(app);
            }
        }
    }

    /// <summary>An error status, or a form shown again with its errors instead of the redirect that follows success.</summary>
    private static bool IsRejected(FuzzTarget target, HttpStatusCode status) =>
        (int)status >= 400 || (target.IsForm && status == HttpStatusCode.OK);

    private async Task SeedAsync()
    {
        if (app.WithDb(db => db.Invitations.Count()) < 5)
        {
            foreach (var name in new[] { "Ada", "Grace", "Linus", "=Evil", "Zoë" })
            {
                await app.StoreAsync(Invitations.Generic(name));
                await app.StoreAsync(Invitations.Personal(name + " P"));
            }
        }
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 300 ? text : text[..300] + "…";
}
