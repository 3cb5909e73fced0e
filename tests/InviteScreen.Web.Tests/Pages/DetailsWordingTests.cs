namespace InviteScreen.Web.Tests.Pages;

public sealed class DetailsWordingTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Get_Breakdown_ShowsRuleTitlesAndCategoryNamesNotIds()
    {
        var stored = await app.StoreAsync(new() { SenderName = "Wording Sender", Headline = "Sales", Message = "Let's connect." });
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations/{stored.Id}", TestContext.Current.CancellationToken));

        var cells = page.QuerySelectorAll("table.breakdown tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(cells, c => c[1] == "No reason given" && c[2] == "No introduction");
        Assert.DoesNotContain(cells, c => c[1] == "NO_REASON" || c[2] == "noIntro");
    }

    [Fact]
    public async Task Get_RepeatedPhrase_ShowsItsZeroPointsAsNeitherDebitNorCredit()
    {
        var stored = await app.StoreAsync(new() { SenderName = "Repeat Sender", Message = "Synergy is key. More synergy for all, synergy forever." });
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations/{stored.Id}", TestContext.Current.CancellationToken));

        var zeros = page.QuerySelectorAll("td.points").Where(td => td.TextContent.Trim() == "0").ToList();
        Assert.NotEmpty(zeros);
        Assert.All(zeros, td => Assert.DoesNotContain("debit", td.ClassList));
        Assert.All(zeros, td => Assert.Contains("neutral", td.ClassList));
    }
}
