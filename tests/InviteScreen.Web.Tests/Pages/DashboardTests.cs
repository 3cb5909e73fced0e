using System.Net;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Tests.Pages;

public sealed class DashboardTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Get_WithVerdictAndSearch_ShowsOnlyMatchingRows()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.StoreAsync(Invitations.Generic($"Generic {marker}"));
        await app.StoreAsync(Invitations.Personal($"Personal {marker}"));
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations?verdict=Generic&q={marker}", TestContext.Current.CancellationToken));

        var row = Assert.Single(page.QuerySelectorAll("table.invitations tbody tr"));
        Assert.Contains($"Generic {marker}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 invitations", page.QuerySelector("[data-testid=summary]")?.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SortedByScorePaged_ReturnsPagesInScoreOrder()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await app.StoreAsync(Invitations.Generic($"G{i} {marker}"));
            await app.StoreAsync(Invitations.Personal($"P{i} {marker}"));
        }

        using var client = app.CreateBrowserLikeClient();
        var first = await Forms.ParseAsync(await client.GetAsync($"/invitations?q={marker}&sort=ScoreHigh&pageSize=4", TestContext.Current.CancellationToken));
        var second = await Forms.ParseAsync(await client.GetAsync($"/invitations?q={marker}&sort=ScoreHigh&pageSize=4&page=2", TestContext.Current.CancellationToken));

        var scores = first.QuerySelectorAll("table.invitations .badge.score").Concat(second.QuerySelectorAll("table.invitations .badge.score"))
            .Select(b => int.Parse(b.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, scores.Count);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains("Page 2 of 2", second.QuerySelector("nav.pager")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTriage_BulkIgnore_UpdatesSelectedRowsOnly()
    {
        var a = await app.StoreAsync(Invitations.Generic("Bulk A"));
        var b = await app.StoreAsync(Invitations.Generic("Bulk B"));
        var untouched = await app.StoreAsync(Invitations.Generic("Bulk C"));
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/invitations", "/invitations?handler=Triage", Fields(a.Id, b.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TriageStatus.Ignored, app.WithDb(db => db.Invitations.Single(i => i.Id == a.Id).Status));
        Assert.Equal(TriageStatus.Ignored, app.WithDb(db => db.Invitations.Single(i => i.Id == b.Id).Status));
        Assert.Equal(TriageStatus.New, app.WithDb(db => db.Invitations.Single(i => i.Id == untouched.Id).Status));
    }

    [Fact]
    public async Task PostTriage_Delete_MovesTheInvitationToTheTrashWithItsFindings()
    {
        var doomed = await app.StoreAsync(Invitations.Generic("Doomed"));
        using var client = app.CreateBrowserLikeClient();

        await Forms.PostAsync(client, "/invitations", "/invitations?handler=Row&id=" + doomed.Id, new Dictionary<string, string> { ["action"] = "Delete" });

        Assert.False(app.WithDb(db => db.Invitations.Any(i => i.Id == doomed.Id)));
        Assert.True(app.WithDb(db => InviteScreen.Web.Invitations.Trash.Trashed(db).Any(i => i.Id == doomed.Id)));
        Assert.True(app.WithDb(db => db.Findings.Any(f => f.InvitationId == doomed.Id)));
    }

    [Fact]
    public async Task Get_NoMatches_ExplainsTheFilters()
    {
        await app.StoreAsync(Invitations.Generic());
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync("/invitations?q=no-such-text-anywhere", TestContext.Current.CancellationToken));

        Assert.Contains("No invitation matches these filters", page.Body?.TextContent, StringComparison.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(params long[] ids) =>
        ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new KeyValuePair<string, string>("action", "Ignore"));
}
