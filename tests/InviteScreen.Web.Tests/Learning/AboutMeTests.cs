using System.Net;
using System.Net.Http.Json;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Learning;

/// <summary>The "About me" profile on /settings: details that only echo it score as mail merge.</summary>
public sealed class AboutMeTests
{
    private static readonly InvitationInput MailMerge = new()
    {
        SenderName = "Rick Vance",
        Headline = "Account Executive",
        Message = "Hi Priya, I love what Northwind is doing in Rotterdam. Let's connect!",
    };

    [Fact]
    public async Task SavedProfile_TurnsEchoedDetailsIntoMailMerge()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var before = await ScoreAsync(client);

        var saved = await Forms.PostAsync(client, "/settings", "/settings", Profile(company: "Northwind"));
        await app.LearnedAsync();
        var after = await ScoreAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(before.Findings, f => f.RuleId == "PERSONAL_DETAIL" && f.Text == "Northwind");
        Assert.DoesNotContain(after.Findings, f => f.RuleId == "PERSONAL_DETAIL" && f.Text is "Northwind" or "Rotterdam");
        Assert.Contains(after.Findings, f => f.RuleId == "MAIL_MERGE_ECHO" && f.Text == "Northwind");
        Assert.True(after.Score > before.Score, $"{before.Score} → {after.Score}");
    }

    [Fact]
    public async Task TooLongField_IsAFormError_AndStoresNothing()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/settings", "/settings", Profile(company: new string('x', 301)));
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("300", page.QuerySelector("[data-valmsg-for='AboutMe.Company']")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.AboutMe.Count()));
    }

    private static Dictionary<string, string> Profile(string company) => new()
    {
        ["AboutMe.Name"] = "Priya Raman",
        ["AboutMe.Headline"] = "Staff Engineer at Northwind",
        ["AboutMe.Company"] = company,
        ["AboutMe.Location"] = "Rotterdam, Netherlands",
    };

    private static async Task<ScoreResponse> ScoreAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/score", MailMerge, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ScoreResponse>(Json.Options, TestContext.Current.CancellationToken))!;
    }
}
