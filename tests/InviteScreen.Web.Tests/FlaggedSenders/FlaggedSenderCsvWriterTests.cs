using System.Text;
using InviteScreen.Web.FlaggedSenders;

namespace InviteScreen.Web.Tests.FlaggedSenders;

public sealed class FlaggedSenderCsvWriterTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Write_SameSenderTwice_WritesOneRowWithCountsAndLatestStatus()
    {
        var csv = await WriteAsync(
            Row("url:linkedin.com/in/dana", "Dana", score: 70, at: Monday, rules: "NO_REASON;BUZZ_SYNERGY", status: "New"),
            Row("url:linkedin.com/in/dana", "Dana W.", score: 85, at: Monday.AddDays(1), rules: "BUZZ_SYNERGY;PITCH_CALL", status: "Reported"),
            Row("name:lee|sales", "Lee", score: 61, at: Monday, rules: "NO_NOTE", status: "New"));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("SenderName,Headline,ProfileUrl,Invitations,MaxScore,LastScreenedAt,TopRules,Status", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal("Dana W.,Headline,https://www.linkedin.com/in/dana,2,85,2026-11-24T09:30:00Z,BUZZ_SYNERGY;NO_REASON;PITCH_CALL,Reported", lines[1]);
        Assert.StartsWith("Lee,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTabbed")]
    public async Task Write_FormulaLikeName_IsNeutralised(string hostile)
    {
        var csv = await WriteAsync(Row("k", hostile, score: 90, at: Monday, rules: "X", status: "New"));

        var record = csv.Split("\r\n", 2)[1];
        Assert.StartsWith("\"'", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_CommasAndQuotes_AreQuotedPerRfc4180AndNewlinesBecomeSpaces()
    {
        var csv = await WriteAsync(Row("k", "Smith, \"Jo\"\nJr", score: 90, at: Monday, rules: "X", status: "New"));

        Assert.Contains("\"Smith, \"\"Jo\"\" Jr\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ReturnThenFormula_NeitherStartsALineNorAFormula()
    {
        var csv = await WriteAsync(Row("k", "\r=1+2", score: 90, at: Monday, rules: "X", status: "New"));

        var record = csv.Split("\r\n", 2)[1];
        Assert.Matches("^\"? =1\\+2\"?,", record);
    }

    [Fact]
    public async Task Write_StartsWithUtf8ByteOrderMark()
    {
        using var stream = new MemoryStream();

        await FlaggedSenderCsvWriter.WriteAsync(stream, AsAsync([]), TestContext.Current.CancellationToken);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, stream.ToArray()[..3]);
    }

    private static FlaggedInvitationRow Row(string key, string name, int score, DateTime at, string rules, string status) =>
        new(key, name, "Headline", key.StartsWith("url:", StringComparison.Ordinal) ? "https://www.linkedin.com/in/dana" : null, score, at, rules, status);

    private static async Task<string> WriteAsync(params FlaggedInvitationRow[] rows)
    {
        using var stream = new MemoryStream();
        await FlaggedSenderCsvWriter.WriteAsync(stream, AsAsync(rows), TestContext.Current.CancellationToken);
        return new UTF8Encoding(false).GetString(stream.ToArray()).TrimStart('\uFEFF');
    }

    private static async IAsyncEnumerable<FlaggedInvitationRow> AsAsync(IEnumerable<FlaggedInvitationRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
