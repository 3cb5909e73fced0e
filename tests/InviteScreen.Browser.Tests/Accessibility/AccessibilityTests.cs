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
    public async Task DashboardTrashWithUndoToast_HasNoSeriousAxeViolations()
    {
        await using var session = await app.OpenAsync(bypassCsp: true);
        var tag = InvitationBuilder.NewTag();
        await app.SeedAsync([new InvitationBuilder().Tagged(tag).Build(), new InvitationBuilder().From("Second Sender").Tagged(tag).Build()]);
        await session.VisitAsync($"/invitations?q={tag}");
        await session.Page.Keyboard.PressAsync("j");
        await session.Page.Keyboard.PressAsync("d");
        await Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Undo (z)" })).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(session.Page));

        await session.VisitAsync($"/invitations?status=trashed&q={tag}");
        await Expect(session.Page.GetByTestId("invitations")).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(session.Page));
    }

    [Fact]
    public async Task NotFoundPage_HasNoSeriousAxeViolations()
    {
        await using var session = await app.OpenAsync(bypassCsp: true);
        var response = await session.Page.GotoAsync("/invitations/987654321");

        Assert.Equal(404, response?.Status);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
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
