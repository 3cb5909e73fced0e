using InviteScreen.Browser.Tests.Infrastructure;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Tuning;

namespace InviteScreen.Browser.Tests.Pages.Tuning;

/// <summary>The settings and rules journeys. The app is shared by the browser tests, so each puts back what it changed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TuningTests(BrowserApp app)
{
    [Fact]
    public async Task Settings_ChangingTheThreshold_IsWhatTheApiReports()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await app.SeedAsync(new InvitationBuilder().Build());
        var strict = await app.GetJsonAsync<SettingsPreview>("/api/settings/preview?threshold=100");
        try
        {
            await session.VisitAsync("/settings");
            await page.GetByLabel("Flag from score").FillAsync("100");
            await Expect(page.Locator("[data-preview=flagged]")).ToHaveTextAsync(strict.Flagged.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and re-score" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved");

            var scored = await app.SendJsonAsync<ScoreResponse>(HttpMethod.Post, "/api/score", new InvitationBuilder().Build());

            Assert.Equal(100, scored.Threshold);
            Assert.Equal(scored.Score >= 100, scored.Flagged);
            await Expect(page.GetByLabel("Flag from score")).ToHaveValueAsync("100");
        }
        finally
        {
            await session.VisitAsync("/settings");
            await page.GetByLabel("Flag from score").FillAsync("60");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and re-score" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved");
        }
    }

    [Fact]
    public async Task RuleEdit_StartsARescore_ThatReachesDoneWithAChangedScore()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        // A note of its own: copies of the shared default note saturate the score, and a disabled rule would change nothing.
        var tag = InvitationBuilder.NewTag();
        var seeded = await app.SeedAsync(new InvitationBuilder().Saying($"Hi, {tag} here; I'd love to connect for mutually beneficial opportunities").Build());
        try
        {
            await session.VisitAsync("/rules");
            var row = page.Locator("#rule-BUZZ_MUTUAL_BENEFIT");
            await row.GetByLabel("enabled").UncheckAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

            await Expect(page.Locator("[data-rescore=state]")).ToHaveTextAsync("done");
            await Expect(page.Locator("#rescore-progress")).ToHaveAttributeAsync("value", "100");
            Assert.NotEqual("0", await page.Locator("[data-rescore=changed]").InnerTextAsync());
            var rescored = await app.GetJsonAsync<InvitationResponse>($"/api/invitations/{seeded.Id}");
            Assert.DoesNotContain(rescored.Findings, f => f.RuleId == "BUZZ_MUTUAL_BENEFIT");
            Assert.NotEqual(seeded.Score, rescored.Score);
        }
        finally
        {
            await app.SendJsonAsync<RuleView>(HttpMethod.Put, "/api/rules/BUZZ_MUTUAL_BENEFIT", new { enabled = true });
        }
    }
}
