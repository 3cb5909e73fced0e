using System.Net;
using System.Net.Http.Json;
using InviteScreen.Web.Tuning;

namespace InviteScreen.Web.Tests.Tuning;

[Collection(TuningCollection.Name)]
public sealed class RulesTests
{
    [Fact]
    public async Task RulesPage_ListsEveryRule_WithHitsAndPrecisionOnDecidedNotes()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        var generic = await app.StoreAsync(Invitations.Generic());
        await app.StoreAsync(Invitations.Generic("Rob Ince"));
        (await client.PostAsJsonAsync($"/api/invitations/{generic.Id}/feedback", new { label = "generic" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var page = await Forms.ParseAsync(await client.GetAsync("/rules", TestContext.Current.CancellationToken));
        var rows = page.QuerySelectorAll("#rules tbody tr");
        var synergy = page.QuerySelector("#rule-BUZZ_SYNERGY")!;

        Assert.Equal(app.Services.GetRequiredServiceScorerRules(), rows.Length);
        Assert.Equal("Buzzword", synergy.QuerySelector("th")?.TextContent);
        Assert.Equal("Buzzwords and corporate speak", synergy.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("1", synergy.QuerySelectorAll("td")[2].TextContent);
        Assert.Equal("100%", synergy.QuerySelectorAll("td")[3].TextContent);
        Assert.Equal("–", page.QuerySelector("#rule-TEMPLATE_PLACEHOLDER")!.QuerySelectorAll("td")[3].TextContent);
    }

    [Fact]
    public async Task DisabledRule_NoLongerFires_AndOtherPointsCount()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        var before = await TuningClient.ScoreAsync(client, Invitations.Generic());

        var disabled = await client.PutAsJsonAsync("/api/rules/BUZZ_SYNERGY", new { enabled = false }, TestContext.Current.CancellationToken);
        var reweighted = await client.PutAsJsonAsync("/api/rules/BUZZ_MUTUAL_BENEFIT", new { points = 90 }, TestContext.Current.CancellationToken);
        var after = await TuningClient.ScoreAsync(client, Invitations.Generic());
        var view = await reweighted.Content.ReadFromJsonAsync<RuleView>(Json.Options, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Contains(before.Findings, f => f.RuleId == "BUZZ_SYNERGY");
        Assert.DoesNotContain(after.Findings, f => f.RuleId == "BUZZ_SYNERGY");
        Assert.Equal(90, view!.Points);
        Assert.True(view.Enabled);
        Assert.True(after.Findings.Single(f => f.RuleId == "BUZZ_MUTUAL_BENEFIT").Points > before.Findings.Single(f => f.RuleId == "BUZZ_MUTUAL_BENEFIT").Points);
        Assert.Equal(2, app.WithDb(db => db.RuleOverrides.Count()));
    }

    [Theory]
    [InlineData("BUZZ_SYNERGY", 101, "between -100 and 100")]
    [InlineData("BUZZ_SYNERGY", 0, "not 0")]
    [InlineData("BUZZ_SYNERGY", -10, "keep their sign")]
    public async Task BadPoints_Are400_AndChangeNothing(string rule, int points, string message)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();

        var response = await client.PutAsJsonAsync($"/api/rules/{rule}", new { points }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.RuleOverrides.Count() + db.RescoreJobs.Count()));
    }

    [Fact]
    public async Task UnknownRule_Is404()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();

        var response = await client.PutAsJsonAsync("/api/rules/NO_SUCH_RULE", new { points = 5 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RulesForm_ShowsTheErrorBesideTheRule_ForBadPoints()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/rules", "/rules",
            new Dictionary<string, string> { ["ruleId"] = "BUZZ_SYNERGY", ["points"] = "250", ["enabled"] = "true" });
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("between -100 and 100", page.QuerySelector("#error-BUZZ_SYNERGY")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("250", page.QuerySelector("#points-BUZZ_SYNERGY")?.GetAttribute("value"));
        Assert.Equal(0, app.WithDb(db => db.RuleOverrides.Count()));
    }
}

internal static class ScorerRules
{
    public static int GetRequiredServiceScorerRules(this IServiceProvider services) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<InviteScreen.Web.Screening.ScorerState>(services).BaseRules.Count;
}
