using System.Text;
using System.Text.RegularExpressions;
using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Pages;

/// <summary>
/// Every page at 375×812, a small phone: the page never scrolls sideways and every control is on screen and big enough
/// to touch. The rule <see cref="PhoneRuleScript"/> applies, element by element:
/// <list type="bullet">
/// <item>Controls are buttons, inputs (not hidden), selects, textareas, summaries, [role=button] and links; a link is
/// exempt only when it sits inline in running text: its display is inline and its nearest block holds visible text
/// of its own, outside links, buttons, labels and other controls.</item>
/// <item>Only rendered controls count: not display:none, not visibility:hidden, not inside a closed dialog, and larger
/// than 1×1 px (the visually-hidden pattern).</item>
/// <item>Each lies within 0..375 px horizontally and is at least 44 px tall and 44 px wide. A checkbox or radio is
/// measured by its label when a label wraps it, since the label is what the finger hits.</item>
/// <item>No element scrolls sideways inside the page either (a table in an overflow:auto box), bar form fields.</item>
/// </list>
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneLayoutTests(BrowserApp app)
{
    private const int PhoneWidth = 375;
    private const int TouchTarget = 44;

    private const string PhoneRuleScript = """
        ([width, target]) => {
            const failures = [];
            const describe = el => {
                const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.getAttribute('value') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
                const id = el.id ? '#' + el.id : '';
                const cls = el.classList.length ? '.' + [...el.classList].join('.') : '';
                const type = el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '';
                return `${el.tagName.toLowerCase()}${id}${cls}${type} "${name}"`;
            };
            const rendered = el => {
                if (el.closest('dialog:not([open])')) return false;
                if (!el.checkVisibility({ visibilityProperty: true })) return false;
                const r = el.getBoundingClientRect();
                return r.width > 1 && r.height > 1;
            };
            const inRunningText = a => {
                if (getComputedStyle(a).display !== 'inline') return false;
                let block = a.parentElement;
                while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
                if (!block) return false;
                const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (node.parentElement.closest('a, button, label, select, textarea, summary, script, style')) continue;
                    if (!node.parentElement.checkVisibility()) continue;
                    if (node.textContent.trim().length > 0) return true;
                }
                return false;
            };
            const controls = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]');
            for (const el of controls) {
                if (!rendered(el)) continue;
                if (el.matches('a[href]') && inRunningText(el)) continue;
                const measured = el.matches('input[type=checkbox], input[type=radio]') && el.closest('label') ? el.closest('label') : el;
                const r = measured.getBoundingClientRect();
                const what = describe(el);
                if (r.left < -0.5 || r.right > width + 0.5) failures.push(`${what} lies off screen: x ${Math.round(r.left)}..${Math.round(r.right)}`);
                if (r.height < target - 0.5 || r.width < target - 0.5) failures.push(`${what} is ${Math.round(r.width)}×${Math.round(r.height)} px, under ${target}×${target}`);
            }
            for (const el of document.querySelectorAll('body *')) {
                const overflow = getComputedStyle(el).overflowX;
                if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1 && !el.matches('input, textarea, select'))
                    failures.push(`${describe(el).slice(0, 60)} scrolls sideways: ${el.scrollWidth} px in ${el.clientWidth}`);
            }
            const scrollWidth = document.documentElement.scrollWidth;
            if (scrollWidth > width) failures.push(`the page is ${scrollWidth} px wide`);
            return failures;
        }
        """;

    [Fact]
    public async Task PhoneWidth_EveryPage_FitsTheScreenWithTouchSizedControls()
    {
        // A note of its own, so these copies form their own template group and leave other tests' groups alone.
        var tag = InvitationBuilder.NewTag();
        var note = $"Hello, our agency {tag} helps founders scale outbound with done-for-you campaigns, open to a quick chat?";
        var seeded = await app.SeedAsync([
            new InvitationBuilder().Saying(note).Tagged(tag).Build(),
            new InvitationBuilder().From("Second Sender").Saying(note).Tagged(tag).Build(),
            new InvitationBuilder().From("Third Sender").Saying(note).Tagged(tag).Build(),
        ]);
        var templates = await app.GetJsonAsync<TemplateList>("/api/templates?pageSize=100");
        var group = Assert.Single(templates.Items, item => item.CommonText.Contains(tag, StringComparison.Ordinal));

        await using var session = await app.OpenAsync(width: PhoneWidth, height: 812);
        var page = session.Page;
        var failures = new List<string>();

        foreach (var (name, path) in new[]
        {
            ("screen", "/"),
            ("dashboard", $"/invitations?q={tag}"),
            ("details", $"/invitations/{seeded[0].Id}"),
            ("import", "/import"),
            ("templates", "/templates"),
            ("template-group", $"/templates/{group.Id}"),
            ("settings", "/settings"),
            ("rules", "/rules"),
            ("learning", "/learning"),
        })
        {
            await session.VisitAsync(path);
            failures.AddRange(await CheckAsync(session, name));
        }

        await page.GotoAsync("/no-such-page");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        failures.AddRange(await CheckAsync(session, "not-found"));

        await session.VisitAsync($"/invitations?q={tag}");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("d");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo (z)" })).ToBeVisibleAsync();
        failures.AddRange(await CheckAsync(session, "dashboard-toast"));

        await session.VisitAsync($"/invitations?status=trashed&q={tag}");
        await Expect(page.GetByTestId("invitations").Locator("tbody tr")).ToHaveCountAsync(1);
        failures.AddRange(await CheckAsync(session, "trash"));

        await session.VisitAsync("/import");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "Invitations.csv", MimeType = "text/csv", Buffer = ImportCsv(tag) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await page.WaitForURLAsync(JobUrl());
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("Completed", new() { Timeout = 60_000 });
        await Expect(page.Locator("#bad-rows tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#bad-rows tbody td").First).ToHaveAttributeAsync("data-label", "Line");
        failures.AddRange(await CheckAsync(session, "import-job"));

        await session.VisitAsync("/import");
        await Expect(page.Locator("table.imports tbody tr").First).ToBeVisibleAsync();
        failures.AddRange(await CheckAsync(session, "import-with-jobs"));

        Assert.True(failures.Count == 0, "At 375 px:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task PhoneWidth_DashboardRow_ShowsScoreNameVerdictAndTriageActions()
    {
        var tag = InvitationBuilder.NewTag();
        await app.SeedAsync(new InvitationBuilder().Tagged(tag).Build());
        await using var session = await app.OpenAsync(width: PhoneWidth, height: 812);
        await session.VisitAsync($"/invitations?q={tag}");

        var row = session.Page.GetByTestId("invitations").Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        foreach (var part in new[]
        {
            row.GetByRole(AriaRole.Link, new() { Name = "Dana Whitfield" }),
            row.Locator(".badge.score"),
            row.Locator(".verdict-cell"),
            row.Locator("[data-testid=status]"),
            row.GetByRole(AriaRole.Button, new() { Name = "Accept Dana Whitfield" }),
            row.GetByRole(AriaRole.Button, new() { Name = "Ignore Dana Whitfield" }),
            row.GetByRole(AriaRole.Button, new() { Name = "Report Dana Whitfield" }),
            row.GetByRole(AriaRole.Button, new() { Name = "Delete Dana Whitfield" }),
        })
        {
            await Expect(part).ToBeVisibleAsync();
            var box = await part.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.X, 0, PhoneWidth - box.Width);
        }

        Assert.Contains("generic", await row.Locator(".verdict-cell").InnerTextAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("phone-dashboard");
    }

    [Fact]
    public async Task PhoneWidth_SignInPage_FitsTheScreenWithTouchSizedControls()
    {
        await using var signInApp = BrowserApp.WithSettings(
            ("Access:RequireSignIn", "true"), ("Access:OwnerPasswordHash", InviteScreen.Web.Access.OwnerPassword.Hash("a long phone test password")));
        await signInApp.InitializeAsync();
        await using var session = await signInApp.OpenAsync(width: PhoneWidth, height: 812);

        await session.VisitAsync("/invitations");
        await Expect(session.Page.Locator("input[type=password]")).ToBeVisibleAsync();

        var failures = await CheckAsync(session, "sign-in");
        Assert.True(failures.Count == 0, "At 375 px:\n" + string.Join('\n', failures));
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(BrowserSession session, string name)
    {
        await session.ScreenshotAsync("phone-" + name);
        var failures = await session.Page.EvaluateAsync<string[]>(PhoneRuleScript, new[] { PhoneWidth, TouchTarget });
        return [.. failures.Select(failure => $"{name} ({session.Page.Url}): {failure}")];
    }

    /// <summary>Two good rows and one bad row on line 3, so the job page shows its bad-rows table.</summary>
    private static byte[] ImportCsv(string tag) => Encoding.UTF8.GetBytes(
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" +
        $"Phone {tag} One,Me,\"3/4/25, 1:05 PM\",\"Hi, we met at the meetup about compilers.\",INCOMING,,\n" +
        "Bad Row,Me,not a date,Hello,INCOMING,,\n" +
        $"Phone {tag} Two,Me,\"3/5/25, 2:10 PM\",\"Hello, loved your talk on parsers.\",INCOMING,,\n");

    [GeneratedRegex("/import/\\d+$")]
    private static partial Regex JobUrl();

    private sealed record TemplateList(IReadOnlyList<TemplateItem> Items);

    private sealed record TemplateItem(long Id, string CommonText);
}
