using System.Globalization;
using System.Text.RegularExpressions;
using InviteScreen.Browser.Tests.Infrastructure;
using InviteScreen.Scoring;
using InviteScreen.Web.Screening;

namespace InviteScreen.Browser.Tests.Pages.Invitations;

[Collection(BrowserCollection.Name)]
public sealed partial class DashboardTests(BrowserApp app)
{
    private static readonly string[] Notes =
    [
        InvitationBuilder.GenericNote,
        "I'd like to add you to my professional network on LinkedIn.",
        "Hello, I am always looking to expand my network with like-minded professionals. Let's connect!",
        "Dear Sir/Madam, I hope this message finds you well. I help businesses like yours scale revenue. Let's hop on a quick call!",
        "Great to e-meet you! Let's connect and grow together.",
        "Hi Sam, I enjoyed your talk at NDC Oslo on SQLite WAL tuning last Thursday; the part about checkpoint starvation fixed a bug in our ingestion service. Could I ask you one question about busy_timeout?",
        "We met at the Rust meetup in Leeds on 14 March; you mentioned your team was hiring a Postgres DBA. My colleague Priya might be a fit. Mind if I introduce you?",
        "Hi, I saw your post about the Growthly pricing change. Would love to connect.",
        "Hi Alex, your PR to Npgsql fixing the COPY timeout saved my week. Thanks! I'm working on something similar for EF Core, would you be open to comparing notes?",
        "Hi, we both studied at the University of Bristol. Connecting with fellow alumni in data engineering.",
    ];

    private static readonly string[] Senders = ["Avery Stone", "Blake Moreno", "Casey Lindqvist"];

    [Fact]
    public async Task Filters_VerdictSearchSortAndPaging_ShowTheMatchingRows()
    {
        var tag = InvitationBuilder.NewTag();
        await app.SeedAsync(
            from sender in Senders
            from note in Notes
            select new InvitationBuilder().From(sender).Saying(note).Tagged(tag).Build());
        // Later screenings can re-score earlier ones (templates), so expectations come from the app's API, not the POST replies.
        var all = (await app.GetJsonAsync<InvitationPage>($"/api/invitations?q={tag}&pageSize=100")).Items;
        var generic = all.Count(i => i.Verdict == Verdict.Generic);
        Assert.Equal(30, all.Count);
        Assert.InRange(generic, 1, 25);
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/invitations");

        await page.GetByLabel("Search").FillAsync(tag);
        await page.GetByLabel("Verdict").SelectOptionAsync("Generic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(Rows(page)).ToHaveCountAsync(generic);
        Assert.All(await Rows(page).Locator("td:nth-child(5)").AllInnerTextsAsync(), verdict => Assert.StartsWith("generic", verdict, StringComparison.Ordinal));
        await session.ScreenshotAsync("dashboard-generic-filter");

        await page.GetByLabel("Verdict").SelectOptionAsync("");
        await page.GetByLabel("Sort").SelectOptionAsync("ScoreHigh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        var highestFirst = all.Select(i => i.Score).OrderDescending().ToArray();
        await Expect(page.Locator("nav.pager")).ToContainTextAsync("Page 1 of 2 (30 invitations)");
        await Expect(Rows(page)).ToHaveCountAsync(25);
        Assert.Equal(highestFirst[..25], await ScoresAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Next →" }).ClickAsync();

        await Expect(page.Locator("nav.pager")).ToContainTextAsync("Page 2 of 2");
        await Expect(Rows(page)).ToHaveCountAsync(5);
        Assert.Equal(highestFirst[25..], await ScoresAsync(page));
        await Expect(page.GetByLabel("Search")).ToHaveValueAsync(tag);
        await Expect(page.GetByLabel("Sort")).ToHaveValueAsync("ScoreHigh");
        await session.ScreenshotAsync("dashboard-page-2");
    }

    [Fact]
    public async Task BulkIgnore_OnTwoTickedRows_MarksOnlyThoseIgnored()
    {
        var tag = InvitationBuilder.NewTag();
        await app.SeedAsync(Senders.Select(sender => new InvitationBuilder().From(sender).Tagged(tag).Build()));
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.VisitAsync($"/invitations?q={tag}");
        var ticked = new[] { await Rows(page).Nth(0).GetAttributeAsync("data-id"), await Rows(page).Nth(1).GetAttributeAsync("data-id") };
        var untouched = await Rows(page).Nth(2).GetAttributeAsync("data-id");

        await Rows(page).Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Rows(page).Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Triage selected" }).GetByRole(AriaRole.Button, new() { Name = "Ignore", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ignored 2 invitations.");
        foreach (var id in ticked)
        {
            await Expect(StatusOf(page, id)).ToHaveTextAsync("ignored");
        }

        await Expect(StatusOf(page, untouched)).ToHaveTextAsync("new");
        await session.ScreenshotAsync("dashboard-bulk-ignored");
    }

    [Fact]
    public async Task Keyboard_JThenA_AcceptsFirstRow_AndQuestionMarkOpensShortcuts()
    {
        await using var session = await OpenTwoRowsAsync();
        var page = session.Page;
        var first = await Rows(page).First.GetAttributeAsync("data-id");

        await page.Keyboard.PressAsync("j");
        await Expect(Rows(page).First).ToHaveClassAsync(CurrentRow());
        await page.Keyboard.PressAsync("a");

        await Expect(StatusOf(page, first)).ToHaveTextAsync("accepted");
        await Expect(StatusOf(page, await Rows(page).Nth(1).GetAttributeAsync("data-id"))).ToHaveTextAsync("new");
        await page.WaitForLoadStateAsync(LoadState.Load);

        await page.Keyboard.PressAsync("?");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Accept, ignore, report the row");
        await session.ScreenshotAsync("dashboard-shortcuts");
    }

    [Fact]
    public async Task Keyboard_JThenG_MarksTheFirstRowGeneric()
    {
        await using var session = await OpenTwoRowsAsync();
        var page = session.Page;
        var first = await Rows(page).First.GetAttributeAsync("data-id");

        await page.Keyboard.PressAsync("j");
        await Expect(Rows(page).First).ToHaveClassAsync(CurrentRow());
        await page.Keyboard.PressAsync("g");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked generic");
        await Expect(StatusOf(page, first)).ToHaveTextAsync("new");
        await session.VisitAsync($"/invitations/{first}");
        await Expect(page.GetByTestId("decision")).ToHaveTextAsync("You marked this note generic.");
    }

    /// <summary>A dashboard filtered to two fresh rows of its own, so tests sharing the app do not see each other's.</summary>
    private async Task<BrowserSession> OpenTwoRowsAsync()
    {
        var tag = InvitationBuilder.NewTag();
        await app.SeedAsync(Senders.Take(2).Select(sender => new InvitationBuilder().From(sender).Tagged(tag).Build()));
        var session = await app.OpenAsync();
        await session.VisitAsync($"/invitations?q={tag}");
        return session;
    }

    private static ILocator Rows(IPage page) => page.GetByTestId("invitations").Locator("tbody tr");

    private static ILocator StatusOf(IPage page, string? id) => page.Locator($"tr[data-id='{id}']").GetByTestId("status");

    private static async Task<int[]> ScoresAsync(IPage page) =>
        [.. (await Rows(page).Locator(".badge.score").AllInnerTextsAsync()).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\bcurrent\b")]
    private static partial Regex CurrentRow();
}
