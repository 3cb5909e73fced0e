using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Accessibility;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    [Fact]
    public async Task ScreenPage_HasNoSeriousAxeViolations()
    {
        await using var session = await app.OpenAsync(bypassCsp: true);
        await session.VisitAsync("/");

        Assert.Empty(await Axe.SeriousViolationsAsync(session.Page));
    }

    [Fact]
    public async Task DetailsPage_HasNoSeriousAxeViolations()
    {
        await using var session = await app.OpenAsync(bypassCsp: true);
        var invitation = await app.SeedAsync(new InvitationBuilder().Build());
        await session.VisitAsync($"/invitations/{invitation.Id}");

        Assert.Empty(await Axe.SeriousViolationsAsync(session.Page));
    }

    [Fact]
    public async Task Dashboard_HasNoSeriousAxeViolations()
    {
        await using var session = await app.OpenAsync(bypassCsp: true);
        await app.SeedAsync(new InvitationBuilder().Build());
        await session.VisitAsync("/invitations");
        await Expect(session.Page.GetByTestId("invitations")).ToBeVisibleAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(session.Page));
    }

    [Fact]
    public async Task TemplatesPage_HasNoSeriousAxeViolations()
    {
        await using var session = await app.OpenAsync(bypassCsp: true);
        await session.VisitAsync("/templates");

        Assert.Empty(await Axe.SeriousViolationsAsync(session.Page));
    }

    [Theory]
    [InlineData("/settings")]
    [InlineData("/learning")]
    [InlineData("/rules")]
    public async Task LearningPages_HaveNoSeriousAxeViolations(string path)
    {
        await using var session = await app.OpenAsync(bypassCsp: true);
        await session.VisitAsync(path);

        Assert.Empty(await Axe.SeriousViolationsAsync(session.Page));
    }
}
