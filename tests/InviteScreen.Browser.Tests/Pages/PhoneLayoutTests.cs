using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserApp app)
{
    private const int PhoneWidth = 375;

    [Fact]
    public async Task PhoneWidth_ScreenDetailsAndDashboard_DoNotScrollSideways()
    {
        var tag = InvitationBuilder.NewTag();
        var invitation = await app.SeedAsync(new InvitationBuilder().Tagged(tag).Build());
        await using var session = await app.OpenAsync(width: PhoneWidth, height: 812);
        var page = session.Page;

        await session.VisitAsync("/");
        await session.ScreenshotAsync("phone-screen");
        Assert.InRange(await ScrollWidthAsync(page), 0, PhoneWidth);

        await session.VisitAsync($"/invitations/{invitation.Id}");
        await session.ScreenshotAsync("phone-details");
        Assert.InRange(await ScrollWidthAsync(page), 0, PhoneWidth);

        await session.VisitAsync($"/invitations?q={tag}");
        await Expect(page.GetByTestId("invitations").Locator("tbody tr")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("phone-dashboard");
        Assert.InRange(await ScrollWidthAsync(page), 0, PhoneWidth);
        Assert.Equal(
            await VisibleCellsAsync(page.GetByTestId("invitations").Locator("thead tr th")),
            await VisibleCellsAsync(page.GetByTestId("invitations").Locator("tbody tr").First.Locator("td")));
    }

    /// <summary>Cells a narrow layout still shows; headers and data cells must hide together or the columns shift.</summary>
    private static Task<int> VisibleCellsAsync(ILocator cells) =>
        cells.EvaluateAllAsync<int>("cells => cells.filter(c => getComputedStyle(c).display !== 'none').length");

    private static Task<int> ScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
