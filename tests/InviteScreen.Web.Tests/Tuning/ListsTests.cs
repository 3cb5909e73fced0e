using System.Net;
using System.Text.Json;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Tuning;

[Collection(TuningCollection.Name)]
public sealed class ListsTests
{
    private const string Url = "https://www.linkedin.com/in/lena-park-42";

    [Fact]
    public async Task AllowedSender_IsNeverFlagged_AndTheFindingNamesTheEntry()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();

        var imported = await TuningClient.ImportListsAsync(client, "Kind,Field,Value\r\nallow,name,dana whitfield\r\n");
        var result = await TuningClient.ScoreAsync(client, Invitations.Generic());

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(0, result.Score);
        Assert.False(result.Flagged);
        var allow = Assert.Single(result.Findings, f => f.RuleId == "ALLOW_LIST");
        Assert.Contains("\"dana whitfield\"", allow.Explanation, StringComparison.Ordinal);
        Assert.Equal(("Dana Whitfield", InviteScreen.Scoring.InvitationField.SenderName), (allow.Text, allow.Field));
        Assert.Contains(result.Findings, f => f.RuleId == "BUZZ_SYNERGY");
    }

    [Fact]
    public async Task BlockedSender_IsAlwaysFlagged_InTheApiAndTheStoredFindings()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        await TuningClient.ImportListsAsync(client, "Kind,Field,Value\r\nblock,keyword,Staff Engineer\r\nblock,profileUrl,linkedin.com/in/Lena-Park-42/\r\n");

        var byKeyword = await TuningClient.ScoreAsync(client, Invitations.Personal());
        var stored = await app.StoreAsync(Invitations.Personal() with { Headline = "Engineer", ProfileUrl = Url });
        var storedFindings = app.WithDb(db => db.Findings.Where(f => f.InvitationId == stored.Id).Select(f => f.RuleId).ToList());

        Assert.True(byKeyword.Flagged);
        Assert.Equal(100, byKeyword.Score);
        var block = Assert.Single(byKeyword.Findings, f => f.RuleId == "BLOCK_LIST");
        Assert.Equal("Staff Engineer", block.Text);
        Assert.Contains("headline keyword \"Staff Engineer\"", block.Explanation, StringComparison.Ordinal);
        Assert.True(stored.Flagged);
        Assert.Contains(stored.Findings, f => f.RuleId == "BLOCK_LIST" && f.Explanation.Contains("profile URL", StringComparison.Ordinal));
        Assert.Contains("BLOCK_LIST", storedFindings);
    }

    [Fact]
    public async Task Lists_ExportAsTheyWereImported()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        const string csv = "Kind,Field,Value\r\nallow,name,Lena Park\r\nblock,company,\"Acme, Inc\"\r\nblock,keyword,growth hacker\r\nallow,profileUrl,https://www.linkedin.com/in/x\r\n";

        var first = await TuningClient.ImportListsAsync(client, csv.Replace("allow,name", "ALLOW,Name", StringComparison.Ordinal));
        var again = await TuningClient.ImportListsAsync(client, csv);
        var exported = await client.GetStringAsync("/api/lists.csv", TestContext.Current.CancellationToken);

        using var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var againBody = JsonDocument.Parse(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(4, firstBody.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(0, againBody.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(csv, exported.TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("Kind,Field,Value\r\nallow,name,Lena\r\nmaybe,name,Sam\r\n", "Line 3: Kind must be allow or block")]
    [InlineData("Kind,Field,Value\r\nblock,email,x@example.com\r\n", "Line 2: Field must be name, profileUrl, company or keyword")]
    [InlineData("Kind,Field,Value\r\nblock,name\r\n", "Line 2: expected 3 columns")]
    [InlineData("Kind,Field,Value\r\n", "holds no entries")]
    public async Task BadCsv_IsRefusedWithTheLine_AndNothingIsAdded(string csv, string message)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();

        var response = await TuningClient.ImportListsAsync(client, csv);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.ListEntries.Count()));
    }

    [Fact]
    public async Task SettingsPage_AddsAnEntry_AndShowsABadFilesErrors()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var added = await Forms.PostAsync(client, "/settings", "/settings?handler=AddEntry",
            new Dictionary<string, string> { ["NewEntry.Kind"] = "Block", ["NewEntry.Field"] = "Company", ["NewEntry.Value"] = "Acme" });
        var empty = await Forms.PostAsync(client, "/settings", "/settings?handler=AddEntry",
            new Dictionary<string, string> { ["NewEntry.Kind"] = "Block", ["NewEntry.Field"] = "Company", ["NewEntry.Value"] = " " });
        var page = await Forms.ParseAsync(await client.GetAsync("/settings", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter the name", await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Acme", page.QuerySelector("#list-entries")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.True((await TuningClient.ScoreAsync(client, Invitations.Personal() with { Headline = "Engineer at Acme" })).Flagged);
    }
}
