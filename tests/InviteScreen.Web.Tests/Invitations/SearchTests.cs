using System.Net;
using System.Text.Json;
using InviteScreen.Web.Invitations;

namespace InviteScreen.Web.Tests.InvitationQueries;

public sealed class SearchTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("a OR")]
    [InlineData("\"quoted\" AND (x")]
    [InlineData("col:value ^start -minus")]
    [InlineData("%_\\'")]
    public async Task Search_WithQuerySyntaxCharacters_AnswersWithoutError(string q)
    {
        await app.StoreAsync(Invitations.Generic());
        using var client = app.CreateClient();

        var api = await client.GetAsync($"/api/invitations?q={Uri.EscapeDataString(q)}", TestContext.Current.CancellationToken);
        var page = await client.GetAsync($"/invitations?q={Uri.EscapeDataString(q)}", TestContext.Current.CancellationToken);
        var export = await client.GetAsync($"/invitations/flagged-senders.csv?q={Uri.EscapeDataString(q)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task Search_FindsWordsInNameHeadlineAndMessage_ByPrefixAndWithoutAccents()
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..8];
        var byName = await app.StoreAsync(Invitations.Personal($"Chloé {marker}"));
        var byHeadline = await app.StoreAsync(Invitations.Personal("Hana Ito") with { Headline = $"Kubernetes wrangler {marker}" });
        var byMessage = await app.StoreAsync(Invitations.Personal("Gus Oyelaran") with { Message = $"Loved your {marker} write-up on SQLite page caches" });
        await app.StoreAsync(Invitations.Personal("Not Matching"));

        Assert.Equal([byName.Id, byHeadline.Id, byMessage.Id], await SearchAsync(marker));
        Assert.Equal([byName.Id], await SearchAsync($"chloe {marker}"));
        Assert.Equal([byHeadline.Id], await SearchAsync($"kubern {marker}"));
        Assert.Equal([byMessage.Id], await SearchAsync($"\"{marker}\" write-up"));
    }

    [Fact]
    public async Task Search_AfterDelete_NoLongerFindsTheInvitation()
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..8];
        var kept = await app.StoreAsync(Invitations.Generic($"Kept {marker}"));
        var deleted = await app.StoreAsync(Invitations.Generic($"Deleted {marker}"));

        await app.WithDbAsync(db => Triage.ApplyAsync(db, TriageAction.Delete, [deleted.Id], DateTime.UtcNow, CancellationToken.None));

        Assert.Equal([kept.Id], await SearchAsync(marker));
    }

    [Fact]
    public async Task Search_CombinedWithFilters_KeepsEveryFilter()
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..8];
        var generic = await app.StoreAsync(Invitations.Generic($"Generic {marker}"));
        await app.StoreAsync(Invitations.Personal($"Personal {marker}"));
        var ignored = await app.StoreAsync(Invitations.Generic($"Ignored {marker}"));
        await app.WithDbAsync(db => Triage.ApplyAsync(db, TriageAction.Ignore, [ignored.Id], DateTime.UtcNow, CancellationToken.None));

        Assert.Equal([generic.Id], await SearchAsync(marker, "&verdict=generic&flagged=true&status=new"));
    }

    private async Task<long[]> SearchAsync(string q, string filters = "")
    {
        using var client = app.CreateClient();
        var json = await client.GetStringAsync($"/api/invitations?q={Uri.EscapeDataString(q)}{filters}&pageSize=100", TestContext.Current.CancellationToken);
        using var page = JsonDocument.Parse(json);
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Order()];
    }
}
