using System.Net;

namespace InviteScreen.Web.Tests.FlaggedSenders;

public sealed class FlaggedSendersExportTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Get_ExportsOneRowPerFlaggedSenderForTheFilter()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var url = $"https://www.linkedin.com/in/dana-{marker}";
        await app.StoreAsync(Invitations.Generic($"Dana {marker}", url));
        await app.StoreAsync(Invitations.Generic($"Dana {marker}", url + "/"));
        await app.StoreAsync(Invitations.Generic($"=cmd|' /C calc'!A0 {marker}"));
        await app.StoreAsync(Invitations.Personal($"Personal {marker}"));
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/invitations/flagged-senders.csv?q={marker}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("flagged-senders.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("SenderName,Headline,ProfileUrl,Invitations,MaxScore,LastScreenedAt,TopRules,Status", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith($"Dana {marker},", StringComparison.Ordinal) && l.Contains(",2,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("\"'=cmd", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Personal", StringComparison.Ordinal));
    }
}
