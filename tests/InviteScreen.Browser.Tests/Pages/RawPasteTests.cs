using System.Text.RegularExpressions;
using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Pages;

/// <summary>Both shapes LinkedIn gives, pasted whole: the split fields and the stored invitation carry no page words.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RawPasteTests(BrowserApp app)
{
    private const string Note = "Hi Sam, your talk on SQLite WAL checkpoints at NDC Oslo fixed a bug we had chased for weeks. Could I ask how you sized the WAL?";

    private const string ManagerCard = $"""
        Priya Raman’s profile picture
        Priya Raman
        · 2nd
        Staff Data Engineer at Northwind Traders
        Wim de Vries and 11 other mutual connections
        Yesterday
        {Note}
        …see more
        Reply to Priya
        Ignore
        Accept
        """;

    private const string Email = $"""
        Priya Raman wants to connect
        Priya Raman
        Staff Data Engineer at Northwind Traders
        Rotterdam, South Holland, Netherlands
        12 mutual connections
        {Note}
        Accept
        View profile

        You are receiving Invitation emails.
        This email was intended for Sam Lee (Engineer at Contoso).
        Unsubscribe | Help
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """;

    [Theory]
    [InlineData(ManagerCard, "manager")]
    [InlineData(Email, "email")]
    public async Task PasteRaw_LinkedInCopy_SplitsIntoCleanFieldsAndKeepsTheMutualCount(string raw, string shape)
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/");

        await page.GetByLabel("Raw invitation text").FillAsync(raw);
        await page.GetByRole(AriaRole.Button, new() { Name = "Split into fields" }).ClickAsync();

        await Expect(page.Locator("#Input_SenderName")).ToHaveValueAsync("Priya Raman");
        await Expect(page.Locator("#Input_Headline")).ToHaveValueAsync("Staff Data Engineer at Northwind Traders");
        await Expect(page.Locator("#Input_Message")).ToHaveValueAsync(Note);
        await Expect(page.GetByLabel("Mutual connections")).ToHaveValueAsync("12");
        await session.ScreenshotAsync($"paste-{shape}-split");

        await page.GetByRole(AriaRole.Button, new() { Name = "Screen", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(DetailsUrl());
        await Expect(page.GetByTestId("sender")).ToHaveTextAsync("Priya Raman");
        await Expect(page.GetByTestId("headline")).ToHaveTextAsync("Staff Data Engineer at Northwind Traders");
        await Expect(page.GetByTestId("mutual-connections")).ToHaveTextAsync("12");
        var message = await page.GetByTestId("message").Locator("xpath=.").EvaluateAsync<string>("m => [...m.childNodes].map(n => n.nodeType === 3 ? n.textContent : n.firstChild.textContent).join('')");
        Assert.Equal(Note, message);
    }

    [GeneratedRegex(@"/invitations/\d+$")]
    private static partial Regex DetailsUrl();
}
