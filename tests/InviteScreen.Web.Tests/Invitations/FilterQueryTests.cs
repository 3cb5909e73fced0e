using System.Net;
using System.Text.Json;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tests.InvitationQueries;

/// <summary>One reading of the filters everywhere: any case, reversed ranges told, sent dates filtered and sorted.</summary>
public sealed class FilterQueryTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("verdict=generic")]
    [InlineData("verdict=GENERIC&status=new")]
    [InlineData("status=New&sort=scorehigh&flagged=TRUE")]
    public async Task Export_FilterValuesInAnyCase_ExportTheMatches(string filters)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.StoreAsync(Invitations.Generic($"Cased {marker}"));
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/invitations/flagged-senders.csv?{filters}&q={marker}", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Cased {marker}", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TopRules_AreInPointsOrderNotAlphabetical()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var stored = await app.StoreAsync(Invitations.Generic($"Ranked {marker}"));
        var byPoints = stored.Findings.Where(f => f.Points > 0).GroupBy(f => f.RuleId).OrderByDescending(g => g.Max(f => f.Points)).Select(g => g.Key).Take(5).ToList();
        Assert.NotEqual(byPoints.Order(StringComparer.Ordinal), byPoints); // else the test could not tell the orders apart
        using var client = app.CreateClient();

        var csv = await client.GetStringAsync($"/invitations/flagged-senders.csv?q={marker}", Cancel);

        var row = csv.Split("\r\n")[1].Split(',');
        Assert.Equal(string.Join(';', byPoints), row[^2]);
    }

    [Fact]
    public async Task Dashboard_PagePastTheEnd_ShowsTheLastPage()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.StoreAsync(Invitations.Generic($"Only {marker}"));
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations?q={marker}&page=999", Cancel));

        Assert.Contains("Page 1 of 1", page.QuerySelector("nav.pager")?.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("table.invitations tbody tr"));
    }

    [Fact]
    public async Task Dashboard_ChosenPageSize_PagesByIt()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 12; i++)
        {
            await app.StoreAsync(Invitations.Personal($"Sized {i} {marker}"));
        }

        using var client = app.CreateBrowserLikeClient();
        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations?q={marker}&pageSize=10&page=2", Cancel));

        Assert.Equal(2, page.QuerySelectorAll("table.invitations tbody tr").Length);
        Assert.Contains("Page 2 of 2", page.QuerySelector("nav.pager")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("10", page.QuerySelector("#page-size option[selected]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("minScore=80&maxScore=20", "maxScore")]
    [InlineData("from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("sentFrom=2026-02-01&sentTo=2026-01-01", "sentTo")]
    public async Task ReversedRange_IsAMessageOnTheDashboardAndA400FromApiAndExport(string range, string field)
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.StoreAsync(Invitations.Generic($"Ranged {marker}"));
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations?{range}&q={marker}", Cancel));
        var api = await client.GetAsync($"/api/invitations?{range}", Cancel);
        var export = await client.GetAsync($"/invitations/flagged-senders.csv?{range}", Cancel);

        Assert.Contains("must not be", page.QuerySelector($"#{field} + .field-error")?.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("table.invitations tbody tr"));
        foreach (var response in new[] { api, export })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        }
    }

    [Fact]
    public async Task SentDates_FilterAndSortTheApiListAndShowOnTheDashboard()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var january = await StoreSentAsync($"January {marker}", new DateTime(2026, 1, 10, 8, 0, 0, DateTimeKind.Utc));
        var march = await StoreSentAsync($"March {marker}", new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));
        var pasted = (await app.StoreAsync(Invitations.Personal($"Pasted {marker}"))).Id;
        using var client = app.CreateBrowserLikeClient();

        Assert.Equal([march], await IdsAsync(client, $"q={marker}&sentFrom=2026-02-01"));
        Assert.Equal([january], await IdsAsync(client, $"q={marker}&sentTo=2026-01-31"));
        Assert.Equal([january, march, pasted], await IdsAsync(client, $"q={marker}&sort=sentOldest"));
        Assert.Equal([march, january, pasted], await IdsAsync(client, $"q={marker}&sort=SentNewest"));
        var page = await Forms.ParseAsync(await client.GetAsync($"/invitations?q={marker}&sort=SentOldest", Cancel));
        Assert.Equal("2026-01-10T08:00:00Z", page.QuerySelector("table.invitations tbody tr [data-testid=sent-at] time")?.GetAttribute("datetime"));
    }

    private async Task<long> StoreSentAsync(string name, DateTime sentAt)
    {
        var id = (await app.StoreAsync(Invitations.Personal(name))).Id;
        await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.SentAt, sentAt), Cancel));
        return id;
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string query)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync($"/api/invitations?{query}", Cancel));
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
    }
}
