using System.Globalization;
using InviteScreen.Web.Invitations;

namespace InviteScreen.Web.Tests.Pages;

public sealed class DashboardHistoryTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Get_RendersAnAccessibleWeeklyChartMatchingTheStoredCounts()
    {
        await app.StoreAsync(Invitations.Generic("Chart Generic"));
        await app.StoreAsync(Invitations.Personal("Chart Personal"));
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync("/invitations", TestContext.Current.CancellationToken));

        var svg = page.QuerySelector("[data-testid=weekly-chart]")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotEmpty(svg.QuerySelector("title")!.TextContent);
        Assert.NotEmpty(svg.QuerySelector("desc")!.TextContent);
        var rows = page.QuerySelectorAll("[data-testid=weekly-table] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => long.Parse(td.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        Assert.Equal(HistoryChart.WeekCount, rows.Count);
        Assert.Equal(app.WithDb(db => db.Invitations.Count(i => i.Flagged)), rows.Sum(r => r[0]));
        Assert.Equal(app.WithDb(db => db.Invitations.Count(i => !i.Flagged)), rows.Sum(r => r[1]));
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=top-rules] li"));
        Assert.Contains(page.QuerySelectorAll("[data-testid=top-keywords] li"), li => li.TextContent.StartsWith("business", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("[data-testid=top-keywords] li"), li => li.TextContent.StartsWith("staff", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_TopFlaggedHeadlineWords_LeaveOutCompanyLegalFormsAndFiller()
    {
        for (var i = 0; i < 3; i++)
        {
            await app.StoreAsync(Invitations.Generic($"Filler Sender {i}") with { Headline = "Outbound Recruiter at Zephyrix Group Inc | Zephyrix Holdings LLC" });
        }

        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync("/invitations", TestContext.Current.CancellationToken));

        var words = page.QuerySelectorAll("[data-testid=top-keywords] li").Select(li => li.TextContent.Split(' ')[0]).ToList();
        Assert.Contains("zephyrix", words);
        Assert.DoesNotContain(words, w => w is "inc" or "llc" or "group" or "holdings");
    }

    [Fact]
    public async Task Get_RanksRulesOnceUnfilteredAndForTheMatchesWhenFiltered()
    {
        await app.StoreAsync(Invitations.Generic("Ranked Generic"));
        using var client = app.CreateBrowserLikeClient();

        var unfiltered = await Forms.ParseAsync(await client.GetAsync("/invitations", TestContext.Current.CancellationToken));
        var filtered = await Forms.ParseAsync(await client.GetAsync("/invitations?verdict=Generic", TestContext.Current.CancellationToken));

        Assert.Null(unfiltered.QuerySelector("[data-testid=summary-top-rules]"));
        Assert.NotEmpty(unfiltered.QuerySelectorAll("[data-testid=top-rules] li"));
        Assert.NotEmpty(filtered.QuerySelectorAll("[data-testid=summary-top-rules] .rule-chip"));
    }
}
