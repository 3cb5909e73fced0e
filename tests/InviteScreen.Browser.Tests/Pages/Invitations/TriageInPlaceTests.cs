using System.Text.RegularExpressions;
using InviteScreen.Browser.Tests.Infrastructure;
using InviteScreen.Web.Screening;

namespace InviteScreen.Browser.Tests.Pages.Invitations;

/// <summary>Keyboard triage without reloads, the Undo toast and z, and the confirm before a bulk delete.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TriageInPlaceTests(BrowserApp app)
{
    private static readonly string[] Senders = ["Rowan One", "Rowan Two", "Rowan Three", "Rowan Four"];

    [Fact]
    public async Task Keyboard_JJAThenI_AcceptsRowTwoAndIgnoresRowThree_WithoutReloading()
    {
        var (session, ids) = await OpenRowsAsync();
        await using var _ = session;
        var page = session.Page;
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("a");
        await Expect(StatusOf(page, ids[1])).ToHaveTextAsync("accepted");
        // The cursor has moved on to the next row, so the next key acts on row three.
        await Expect(Rows(page).Nth(2)).ToHaveClassAsync(CurrentRow());
        await page.Keyboard.PressAsync("i");

        await Expect(StatusOf(page, ids[2])).ToHaveTextAsync("ignored");
        await Expect(StatusOf(page, ids[0])).ToHaveTextAsync("new");
        await Expect(StatusOf(page, ids[3])).ToHaveTextAsync("new");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.Equal(["new", "accepted", "ignored", "new"], await StoredStatusesAsync(ids));
        await Expect(Rows(page).Nth(3)).ToHaveClassAsync(CurrentRow());

        await page.ReloadAsync();

        await Expect(Rows(page).Nth(3)).ToHaveClassAsync(CurrentRow());
        await Expect(StatusOf(page, ids[2])).ToHaveTextAsync("ignored");
    }

    [Fact]
    public async Task Keyboard_DeleteThenZ_TrashesTheRowThenRestoresIt()
    {
        var (session, ids) = await OpenRowsAsync();
        await using var _ = session;
        var page = session.Page;

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("d");

        await Expect(page.Locator($"tr[data-id='{ids[0]}']")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Moved to the trash: 1 invitation.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo (z)" })).ToBeVisibleAsync();
        Assert.DoesNotContain(ids[0], await LiveIdsAsync());
        await session.ScreenshotAsync("dashboard-undo-toast");

        await page.Keyboard.PressAsync("z");

        await Expect(page.Locator($"tr[data-id='{ids[0]}']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Undone.");
        Assert.Contains(ids[0], await LiveIdsAsync());
    }

    [Fact]
    public async Task UndoButton_AfterAccept_PutsThePreviousStatusBack()
    {
        var (session, ids) = await OpenRowsAsync();
        await using var _ = session;
        var page = session.Page;
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("r");
        await Expect(StatusOf(page, ids[0])).ToHaveTextAsync("reported");

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo (z)" }).ClickAsync();

        await Expect(StatusOf(page, ids[0])).ToHaveTextAsync("new");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Undone.");
        Assert.Equal("new", (await StoredStatusesAsync(ids))[0]);
    }

    [Fact]
    public async Task BulkKey_ShiftI_IgnoresTheRowsSelectedWithX_InPlace()
    {
        var (session, ids) = await OpenRowsAsync();
        await using var _ = session;
        var page = session.Page;
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("x");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("x");
        await page.Keyboard.PressAsync("Shift+I");

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ignored 2 invitations.");
        Assert.Equal(["ignored", "new", "ignored", "new"], await StoredStatusesAsync(ids));
        await Expect(StatusOf(page, ids[2])).ToHaveTextAsync("ignored");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
    }

    [Fact]
    public async Task BulkDelete_AsksFirst_AndDeclinedDeletesNothing()
    {
        var (session, ids) = await OpenRowsAsync();
        await using var _ = session;
        var page = session.Page;
        await Rows(page).Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Rows(page).Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();

        await page.GetByRole(AriaRole.Group, new() { Name = "Triage selected" }).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        Assert.Contains("confirm: Move the selected invitations to the trash?", session.Dialogs);
        await Expect(Rows(page)).ToHaveCountAsync(4);
        Assert.Equal(ids.Order(), (await LiveIdsAsync()).Where(ids.Contains).Order());
    }

    private async Task<(BrowserSession Session, long[] Ids)> OpenRowsAsync()
    {
        var tag = InvitationBuilder.NewTag();
        var seeded = await app.SeedAsync(Senders.Select(sender => new InvitationBuilder().From(sender).Tagged(tag).Build()));
        var session = await app.OpenAsync();
        await session.VisitAsync($"/invitations?q={tag}&sort=Oldest");
        this.tag = tag;
        return (session, [.. seeded.Select(i => i.Id).Order()]);
    }

    private string tag = "";

    private async Task<string[]> StoredStatusesAsync(long[] ids)
    {
        var items = (await app.GetJsonAsync<InvitationPage>($"/api/invitations?q={tag}&pageSize=100")).Items;
        return [.. ids.Select(id => items.Single(i => i.Id == id).Status.ToString().ToLowerInvariant())];
    }

    private async Task<long[]> LiveIdsAsync() =>
        [.. (await app.GetJsonAsync<InvitationPage>($"/api/invitations?q={tag}&pageSize=100")).Items.Select(i => i.Id)];

    private static ILocator Rows(IPage page) => page.GetByTestId("invitations").Locator("tbody tr");

    private static ILocator StatusOf(IPage page, long id) => page.Locator($"tr[data-id='{id}']").GetByTestId("status");

    [GeneratedRegex(@"\bcurrent\b")]
    private static partial Regex CurrentRow();
}
