using System.Text.Json;
using InviteScreen.Browser.Tests.Infrastructure;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Web.Screening;

namespace InviteScreen.Browser.Tests.Pages.Invitations;

[Collection(BrowserCollection.Name)]
public sealed class DetailsPageTests(BrowserApp app)
{
    private const int MaxTabs = 40;

    [Fact]
    public async Task Highlight_FocusedWithTab_ShowsItsExplanation()
    {
        var invitation = await app.SeedAsync(new InvitationBuilder().Build());
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.VisitAsync($"/invitations/{invitation.Id}");

        for (var tabs = 0; tabs < MaxTabs && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('mark.finding')"); tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await page.EvaluateAsync<JsonElement>("""
            () => {
                const mark = document.activeElement;
                const tip = getComputedStyle(mark, "::after");
                return {
                    tag: mark.tagName,
                    dataTip: mark.dataset.tip ?? "",
                    afterContent: tip.content,
                    tipAsCssString: `"${(mark.dataset.tip ?? "").replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`,
                    afterDisplay: tip.display,
                    hiddenText: mark.querySelector(".visually-hidden")?.textContent ?? "",
                };
            }
            """);
        Assert.Equal("MARK", focused.GetProperty("tag").GetString());
        invitation = await app.GetJsonAsync<InvitationResponse>($"/api/invitations/{invitation.Id}");
        var dataTip = focused.GetProperty("dataTip").GetString()!;
        var titles = RuleCatalogue.LoadEmbeddedUnfitted().Rules.ToDictionary(r => r.Id, r => r.Title);
        Assert.Contains(invitation.Findings, f => f.Length > 0 && dataTip.StartsWith(titles[f.RuleId], StringComparison.Ordinal) && dataTip.EndsWith(f.Explanation, StringComparison.Ordinal));
        Assert.Equal(focused.GetProperty("tipAsCssString").GetString(), focused.GetProperty("afterContent").GetString());
        Assert.NotEqual("none", focused.GetProperty("afterDisplay").GetString());
        Assert.Contains(dataTip, focused.GetProperty("hiddenText").GetString(), StringComparison.Ordinal);
        await session.ScreenshotAsync("details-highlight-focused");
    }
}
