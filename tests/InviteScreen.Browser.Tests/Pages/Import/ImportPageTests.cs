using System.Text;
using System.Text.RegularExpressions;
using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.Pages.Import;

[Collection(BrowserCollection.Name)]
public sealed partial class ImportPageTests(BrowserApp app)
{
    private const int Rows = 4_000;

    [Fact]
    public async Task Upload_ShowsProgressBarThatReachesCompletedAndSurvivesReload()
    {
        var tag = InvitationBuilder.NewTag();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.VisitAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import from LinkedIn" })).ToBeVisibleAsync();

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "Invitations.csv", MimeType = "text/csv", Buffer = Csv(tag) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await page.WaitForURLAsync(JobUrl());
        var progress = page.Locator("#import-progress");
        await Expect(progress).ToBeVisibleAsync();
        await session.ScreenshotAsync("import-progress");
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("Completed", new() { Timeout = 120_000 });
        await Expect(progress).ToHaveAttributeAsync("value", "100");
        await Expect(page.Locator("#bad-rows tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#bad-rows tbody tr td").First).ToHaveTextAsync("3");
        await session.ScreenshotAsync("import-completed");

        var id = page.Url.Split('/')[^1];
        var job = await app.GetJsonAsync<Dictionary<string, object>>($"/api/imports/{id}");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-field=status]")).ToHaveTextAsync("Completed");
        await Expect(page.Locator("[data-field=imported]")).ToHaveTextAsync(int.Parse(job["imported"].ToString()!, System.Globalization.CultureInfo.InvariantCulture).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        await Expect(page.Locator("[data-field=outgoingSkipped]")).ToHaveTextAsync((Rows / 10).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        Assert.Empty(session.Dialogs);
    }

    /// <summary>Incoming invitations, every tenth outgoing, and one bad row on line 3.</summary>
    private static byte[] Csv(string tag)
    {
        var csv = new StringBuilder("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n");
        for (var i = 0; i < Rows; i++)
        {
            var sentAt = $"{i % 12 + 1}/{i % 28 + 1}/25, {i % 12 + 1}:{i % 60:00} PM";
            csv.Append(i == 1
                ? "Bad Row,Me,not a date,Hello,INCOMING,,\n"
                : i % 10 == 0
                    ? $"Me,Person {i},\"{sentAt}\",Hi,OUTGOING,,\n"
                    : $"Sender {tag} {i},Me,\"{sentAt}\",\"Hi, I came across your profile {i} and would love to connect about topic {i % 97}.\",INCOMING,,\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    [GeneratedRegex("/import/\\d+$")]
    private static partial Regex JobUrl();
}
