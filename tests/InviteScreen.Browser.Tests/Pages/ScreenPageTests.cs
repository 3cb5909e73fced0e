using System.Text.RegularExpressions;
using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed partial class ScreenPageTests(BrowserApp app)
{
    private const string RawInvitation = $"""
        Dana Whitfield
        Business Development Manager at Growthly
        12 mutual connections
        {InvitationBuilder.GenericNote}
        Ignore Accept
        """;

    [Fact]
    public async Task PasteRaw_SplitThenScreen_ShowsGenericVerdictWithHighlightedPhrase()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/");

        await page.GetByLabel("Raw invitation text").FillAsync(RawInvitation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Split into fields" }).ClickAsync();

        await Expect(page.Locator("#Input_SenderName")).ToHaveValueAsync("Dana Whitfield");
        await Expect(page.Locator("#Input_Headline")).ToHaveValueAsync("Business Development Manager at Growthly");
        await Expect(page.Locator("#Input_Message")).ToHaveValueAsync(InvitationBuilder.GenericNote);
        await session.ScreenshotAsync("screen-after-split");

        await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(DetailsUrl());
        Assert.InRange(int.Parse(await page.GetByTestId("score").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture), 60, 100);
        await Expect(page.GetByTestId("verdict")).ToHaveTextAsync("generic");
        var highlighted = await page.GetByTestId("message").Locator("mark.finding")
            .EvaluateAllAsync<string[]>("marks => marks.map(m => m.firstChild.textContent)");
        Assert.Contains(highlighted, text => text.Contains("synergies", StringComparison.Ordinal));
        await session.ScreenshotAsync("details-generic");
    }

    [Fact]
    public async Task Screen_WithInvalidProfileUrl_ShowsErrorAtTheFieldAndKeepsTypedText()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        const string message = "Hi Sam, loved your talk on SQLite WAL mode at the Leeds meetup. Could I ask one question about busy_timeout?";
        await session.VisitAsync("/");

        await page.Locator("#Input_SenderName").FillAsync("Sam Ortiz");
        await page.Locator("#Input_ProfileUrl").FillAsync("not a url");
        await page.Locator("#Input_Message").FillAsync(message);
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();

        var profileUrl = page.Locator("#Input_ProfileUrl");
        var error = page.Locator(".field", new() { Has = profileUrl }).Locator(".field-error");
        await Expect(error).ToContainTextAsync("Profile URL must be a LinkedIn profile address");
        await Expect(profileUrl).ToHaveAttributeAsync("aria-describedby", await error.GetAttributeAsync("id") ?? "");
        await Expect(profileUrl).ToHaveClassAsync(new Regex("input-validation-error"));
        await Expect(profileUrl).ToHaveValueAsync("not a url");
        await Expect(page.Locator("#Input_Message")).ToHaveValueAsync(message);
        await Expect(page.Locator("#Input_SenderName")).ToHaveValueAsync("Sam Ortiz");
        Assert.DoesNotMatch(DetailsUrl(), page.Url);
        await session.ScreenshotAsync("screen-validation-error");
    }

    [GeneratedRegex(@"/invitations/\d+$")]
    private static partial Regex DetailsUrl();
}
