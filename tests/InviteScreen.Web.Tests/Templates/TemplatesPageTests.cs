using System.Net;

namespace InviteScreen.Web.Tests.Templates;

public sealed class TemplatesPageTests
{
    private static readonly Campaign Large = new("Large", Campaign.SentenceLibrary[0], Campaign.SentenceLibrary[1], Campaign.SentenceLibrary[2]);
    private static readonly Campaign Small = new("Small", Campaign.SentenceLibrary[5], Campaign.SentenceLibrary[7], Campaign.SentenceLibrary[8]);

    [Fact]
    public async Task Templates_ShowSharedTextWithGapsAndWhatFillsThem_AndTheGroupPagePagesItsMembers()
    {
        await using var app = new InviteScreenAppFactory();
        var first = await app.StoreAsync(Large.Copy(0));
        for (var copy = 1; copy < 27; copy++)
        {
            await app.StoreAsync(Large.Copy(copy));
        }

        for (var copy = 0; copy < 3; copy++)
        {
            await app.StoreAsync(Small.Copy(copy));
        }

        using var client = app.CreateClient();

        var list = await Forms.ParseAsync(await client.GetAsync("/templates", TestContext.Current.CancellationToken));
        var group = await Forms.ParseAsync(await client.GetAsync($"/templates/{first.Id}", TestContext.Current.CancellationToken));
        var secondPage = await Forms.ParseAsync(await client.GetAsync($"/templates/{first.Id}?page=2", TestContext.Current.CancellationToken));

        var rows = list.QuerySelectorAll("table.templates tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal("27", rows[0].QuerySelector("td.stat")?.TextContent);
        Assert.Equal($"/templates/{first.Id}", rows[0].QuerySelector("a")?.GetAttribute("href"));
        Assert.NotEmpty(rows[0].QuerySelectorAll(".template-text .gap"));
        Assert.Contains("streamline their hiring process", rows[0].QuerySelector(".template-text")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("In the gaps:", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("sent by 27 senders", group.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(25, group.QuerySelectorAll("[data-testid=template-members] li").Length);
        Assert.Equal(2, secondPage.QuerySelectorAll("[data-testid=template-members] li").Length);
        Assert.Contains($"/invitations/{first.Id}", secondPage.QuerySelector("[data-testid=template-members]")?.InnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/templates/999999")]
    [InlineData("/templates/not-a-number")]
    public async Task GroupPage_ThatIsNoGroup_IsNotFound(string url)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
