using System.Globalization;
using CsvHelper;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Tests.Imports;

namespace InviteScreen.Web.Tests.FlaggedSenders;

/// <summary>
/// A line break inside a name or headline must not start a new spreadsheet row, nor a formula on the next line
/// of the cell: the export is read back as CSV and as plain lines (how a careless importer splits it).
/// </summary>
public sealed class CsvLineBreakTests
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t'];

    public static TheoryData<string> LineBreaks => ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085"];

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public async Task Export_NameAndHeadlineWithALineBreak_StayInOneRowWithNoFormula(string lineBreak)
    {
        await using var app = new InviteScreenAppFactory();
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.StoreAsync(new InvitationInput
        {
            SenderName = $"a {marker}{lineBreak}=1+2",
            Headline = $"Head{lineBreak}@SUM(A1:A9)",
            Message = Invitations.Generic().Message,
        });

        var csv = await ExportAsync(app, marker);

        AssertOneSafeRow(csv, marker);
    }

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public async Task Export_ImportedNameWithALineBreak_StaysInOneRowWithNoFormula(string lineBreak)
    {
        await using var app = new InviteScreenAppFactory();
        var marker = Guid.NewGuid().ToString("N")[..8];
        using var client = app.CreateBrowserLikeClient();
        var file = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
            + $"\"a {marker}{lineBreak}=1+2\",Sam,\"1/29/26, 2:37 PM\",\"{Invitations.Generic().Message}\",INCOMING,,\r\n";

        var job = await ImportClient.ImportAsync(client, file);
        var csv = await ExportAsync(app, marker);

        Assert.Equal(1, job.Imported);
        AssertOneSafeRow(csv, marker);
    }

    private static async Task<string> ExportAsync(InviteScreenAppFactory app, string marker)
    {
        using var client = app.CreateClient();
        return await client.GetStringAsync($"/invitations/flagged-senders.csv?q={marker}", TestContext.Current.CancellationToken);
    }

    private static void AssertOneSafeRow(string csv, string marker)
    {
        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Contains(marker, (string)row["SenderName"], StringComparison.Ordinal);

        // Read as bare lines, the file has the header and one row, and no line starts a formula.
        var lines = csv.TrimStart('\uFEFF').Split(["\r\n", "\n", "\r", "\u2028", "\u2029", "\u0085"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.DoesNotContain(line.Split(',').Select(c => c.TrimStart('"')), c => c.Length > 0 && FormulaStarts.Contains(c[0])));
    }
}
