using System.Text;
using InviteScreen.Browser.Tests.Infrastructure;

namespace InviteScreen.Browser.Tests.FlaggedSenders;

[Collection(BrowserCollection.Name)]
public sealed class FlaggedSendersExportTests(BrowserApp app)
{
    private const string Header = "SenderName,Headline,ProfileUrl,Invitations,MaxScore,LastScreenedAt,TopRules,Status";

    [Fact]
    public async Task ExportLink_DownloadsCsvWithBomHeaderAndTheFlaggedSender()
    {
        var tag = InvitationBuilder.NewTag();
        var sender = $"Morgan Flagged {tag}";
        var flagged = await app.SeedAsync(new InvitationBuilder().From(sender).Tagged(tag).Build());
        Assert.True(flagged.Flagged);
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await session.VisitAsync($"/invitations?q={tag}");
        await session.ScreenshotAsync("dashboard-before-export");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Export flagged senders (CSV)" }).ClickAsync());

        Assert.Equal("flagged-senders.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(Header, lines[0]);
        Assert.Contains(lines, line => line.StartsWith(sender + ",", StringComparison.Ordinal));
    }
}
