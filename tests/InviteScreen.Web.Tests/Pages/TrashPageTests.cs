using System.Net;
using System.Text.Json;
using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;

namespace InviteScreen.Web.Tests.Pages;

/// <summary>The dashboard's status tabs, trash view, Empty trash, and the answers its script gets in place.</summary>
public sealed class TrashPageTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_BareIsTheNewQueue_WithTabsCountingEachStatusAndTheTrash()
    {
        await using var fresh = new InviteScreenAppFactory();
        var accepted = await fresh.StoreAsync(Invitations.Generic("Tab A"));
        var trashed = await fresh.StoreAsync(Invitations.Generic("Tab B"));
        await fresh.StoreAsync(Invitations.Personal("Tab C"));
        using var client = fresh.CreateBrowserLikeClient();
        await client.PatchAsync($"/api/invitations/{accepted.Id}", JsonContent("{\"status\":\"accepted\"}"), Cancel);
        await client.DeleteAsync($"/api/invitations/{trashed.Id}", Cancel);

        var page = await Forms.ParseAsync(await client.GetAsync("/invitations", Cancel));

        string? Count(string tab) => page.QuerySelector($"[data-status-tab={tab}] .count")?.TextContent;
        Assert.Equal("1", Count("New"));
        Assert.Equal("1", Count("Accepted"));
        Assert.Equal("0", Count("Ignored"));
        Assert.Equal("1", Count("trashed"));
        Assert.Equal("2", Count("all"));
        Assert.Equal("page", page.QuerySelector("[data-status-tab=New]")?.GetAttribute("aria-current"));
        Assert.Equal(["Tab C"], page.QuerySelectorAll("table.invitations tbody tr td:nth-child(2)").Select(td => td.TextContent));
        var all = await Forms.ParseAsync(await client.GetAsync("/invitations?status=all", Cancel));
        Assert.Equal(2, all.QuerySelectorAll("table.invitations tbody tr").Length);
    }

    [Fact]
    public async Task TrashView_ListsTrashedRowsWithRestore_AndRestoreBringsThemBack()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var trashed = await app.StoreAsync(Invitations.Generic($"Binned {marker}"));
        using var client = app.CreateBrowserLikeClient();
        await client.DeleteAsync($"/api/invitations/{trashed.Id}", Cancel);

        var trash = await Forms.ParseAsync(await client.GetAsync($"/invitations?status=trashed&q={marker}", Cancel));
        Assert.NotNull(trash.QuerySelector($"tr[data-id='{trashed.Id}'] button[value=Restore]"));

        await Forms.PostAsync(client, "/invitations", $"/invitations?handler=Row&id={trashed.Id}", new Dictionary<string, string> { ["action"] = "Restore" });

        Assert.True(app.WithDb(db => db.Invitations.Any(i => i.Id == trashed.Id)));
    }

    [Fact]
    public async Task DeleteWithoutScript_TheNoticeOffersAnUndoThatRestores()
    {
        var doomed = await app.StoreAsync(Invitations.Generic("Undone Without Script"));
        using var client = app.CreateBrowserLikeClient();
        var deleted = await Forms.PostAsync(client, $"/invitations/{doomed.Id}", $"/invitations/{doomed.Id}?handler=Triage", new Dictionary<string, string> { ["action"] = "Delete" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var page = await Forms.ParseAsync(await client.GetAsync(deleted.Headers.Location, Cancel));

        Assert.Contains("Moved to the trash: 1 invitation.", page.QuerySelector(".notice [role=status]")?.TextContent, StringComparison.Ordinal);
        var undo = page.QuerySelector(".notice form")!;
        Assert.Equal(doomed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), undo.QuerySelector("input[name=ids]")?.GetAttribute("value"));
        await Forms.PostAsync(client, "/invitations", "/invitations?handler=Triage", new Dictionary<string, string> { ["action"] = "Restore", ["ids"] = doomed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(app.WithDb(db => db.Invitations.Any(i => i.Id == doomed.Id)));
    }

    [Fact]
    public async Task EmptyTrash_DeletesEveryTrashedInvitationForGoodAndNothingLive()
    {
        var live = await app.StoreAsync(Invitations.Personal("Stays Live"));
        var trashed = await app.StoreAsync(Invitations.Generic("Emptied"));
        using var client = app.CreateBrowserLikeClient();
        await client.DeleteAsync($"/api/invitations/{trashed.Id}", Cancel);

        var response = await Forms.PostAsync(client, "/invitations?status=trashed", "/invitations?handler=EmptyTrash", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => Trash.Trashed(db).Count()));
        Assert.True(app.WithDb(db => db.Invitations.Any(i => i.Id == live.Id)));
    }

    [Fact]
    public async Task PostTriage_FromTheScript_AnswersJsonInPlaceOfARedirect()
    {
        var row = await app.StoreAsync(Invitations.Generic("In Place"));
        using var client = app.CreateBrowserLikeClient();
        var page = await Forms.ParseAsync(await client.GetAsync("/invitations", Cancel));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/invitations?handler=Triage")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "Accept", ["ids"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("X-Requested-With", "fetch");

        var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Accepted 1 invitation.", body.RootElement.GetProperty("notice").GetString());
        Assert.Equal(TriageStatus.Accepted, app.WithDb(db => db.Invitations.Single(i => i.Id == row.Id).Status));
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
