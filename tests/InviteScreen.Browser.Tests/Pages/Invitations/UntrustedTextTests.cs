using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Pages.Invitations;

[Collection(BrowserCollection.Name)]
public sealed class UntrustedTextTests(BrowserApp app)
{
    private const string ScriptName = "<script>alert(1)</script>";
    private const string ImageNote = "<img src=x onerror=alert(2)> Hi, I came across your profile and would love to connect.";

    [Fact]
    public async Task MarkupInNameAndMessage_RendersAsTextOnDetailsAndDashboard()
    {
        var tag = InvitationBuilder.NewTag();
        // The app's CSP would also block inline script; bypassing it checks that encoding alone keeps markup inert.
        await using var session = await app.OpenAsync(bypassCsp: true);
        var page = session.Page;
        await session.VisitAsync("/");
        await page.Locator("#Input_SenderName").FillAsync(ScriptName);
        await page.Locator("#Input_Headline").FillAsync($"Growth hacker {tag}");
        await page.Locator("#Input_Message").FillAsync(ImageNote);
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(ScriptName);
        Assert.Equal(ImageNote, await VisibleTextAsync(page.GetByTestId("message")));
        await AssertNoInjectedElementsAsync(page);
        await session.ScreenshotAsync("xss-details");

        await session.VisitAsync($"/invitations?q={tag}");
        var row = page.GetByTestId("invitations").Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = ScriptName, Exact = true })).ToBeVisibleAsync();
        await AssertNoInjectedElementsAsync(page);
        await session.ScreenshotAsync("xss-dashboard");

        Assert.Empty(session.Dialogs);
    }

    /// <summary>The text a sighted user reads: highlights keep their text, their screen-reader explanations are left out.</summary>
    private static Task<string> VisibleTextAsync(ILocator element) => element.EvaluateAsync<string>("""
        el => {
            const copy = el.cloneNode(true);
            copy.querySelectorAll(".visually-hidden").forEach(hidden => hidden.remove());
            return copy.textContent.trim();
        }
        """);

    private static async Task AssertNoInjectedElementsAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await page.Locator("main script, main img, img[src=x]").CountAsync());
    }
}
