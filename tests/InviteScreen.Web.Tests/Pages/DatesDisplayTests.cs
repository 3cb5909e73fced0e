using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tests.Pages;

/// <summary>Times leave the server as UTC, marked as such, in a <c>time</c> element the browser rewrites to its own zone.</summary>
public sealed class DatesDisplayTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    private static readonly DateTime Sent = new(2026, 1, 29, 14, 37, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Details_ImportedInvitation_ShowsSentAndScreenedAsUtcTimes()
    {
        var id = await StoreSentAsync("Dated Sender");
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations/{id}", TestContext.Current.CancellationToken));

        var sent = page.QuerySelector("[data-testid=sent-at] time")!;
        Assert.Equal("2026-01-29T14:37:00Z", sent.GetAttribute("datetime"));
        Assert.Equal("2026-01-29 14:37 UTC", sent.TextContent);
        Assert.All(page.QuerySelectorAll("time"), t => Assert.EndsWith("Z", t.GetAttribute("datetime"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboard_ImportedInvitation_ShowsItsSentDateOnTheRow()
    {
        var id = await StoreSentAsync("Dated Row Sender");
        var pasted = await app.StoreAsync(Invitations.Personal("Undated Row Sender"));
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync("/invitations", TestContext.Current.CancellationToken));

        var row = page.QuerySelector($"tr[data-id='{id}']")!;
        Assert.Equal("2026-01-29T14:37:00Z", row.QuerySelector("[data-testid=sent-at] time")?.GetAttribute("datetime"));
        Assert.Null(page.QuerySelector($"tr[data-id='{pasted.Id}'] [data-testid=sent-at]"));
    }

    private async Task<long> StoreSentAsync(string name)
    {
        var stored = await app.StoreAsync(Invitations.Generic(name));
        await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == stored.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.SentAt, Sent), TestContext.Current.CancellationToken));
        return stored.Id;
    }
}
