using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace InviteScreen.Web.FlaggedSenders;

/// <summary>
/// Streams flagged-senders.csv: RFC 4180, UTF-8 with BOM for Excel, formula-like cells neutralised, one line per row.
/// Rows arrive ordered by sender, so only one sender is held in memory at a time.
/// </summary>
public static partial class FlaggedSenderCsvWriter
{
    public const int TopRulesPerSender = 5;

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\r\n",
    };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<FlaggedInvitationRow> rowsBySender, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, Configuration);
        csv.WriteHeader<FlaggedSender>();
        await csv.NextRecordAsync();

        var group = new List<FlaggedInvitationRow>();
        var written = 0;
        await foreach (var row in rowsBySender.WithCancellation(cancellationToken))
        {
            if (group.Count > 0 && group[0].SenderKey != row.SenderKey)
            {
                csv.WriteRecord(OneLine(Aggregate(group)));
                await csv.NextRecordAsync();
                group.Clear();
                if (++written % 1000 == 0)
                {
                    await csv.FlushAsync();
                }
            }

            group.Add(row);
        }

        if (group.Count > 0)
        {
            csv.WriteRecord(OneLine(Aggregate(group)));
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    /// <summary>
    /// Line breaks (CR, LF, CRLF, NEL, U+2028/2029, VT, FF) become spaces: a spreadsheet or a line-based importer may
    /// start a new row or cell at any of them, and the formula guard only looks at the start of the cell.
    /// </summary>
    public static string OneLine(string text) => LineBreaks().Replace(text, " ");

    private static FlaggedSender OneLine(FlaggedSender row) => row with
    {
        SenderName = OneLine(row.SenderName),
        Headline = OneLine(row.Headline),
        ProfileUrl = OneLine(row.ProfileUrl),
        TopRules = OneLine(row.TopRules),
        Status = OneLine(row.Status),
    };

    [GeneratedRegex("\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreaks();

    /// <summary>
    /// One sender's invitations as one row: the latest name, headline and status, and the rules found most often,
    /// ties in the order of points (each invitation's TopRules holds its rules most points first).
    /// </summary>
    public static FlaggedSender Aggregate(IReadOnlyList<FlaggedInvitationRow> invitations)
    {
        var latest = invitations.MaxBy(i => i.ScreenedAt)!;
        var topRules = invitations
            .SelectMany(i => i.TopRules.Split(';', StringSplitOptions.RemoveEmptyEntries).Select((rule, rank) => (Rule: rule, Rank: rank)))
            .GroupBy(r => r.Rule, r => r.Rank)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Average())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopRulesPerSender)
            .Select(g => g.Key);
        return new FlaggedSender(
            latest.SenderName,
            latest.Headline,
            invitations.Select(i => i.ProfileUrl).FirstOrDefault(u => !string.IsNullOrEmpty(u)) ?? "",
            invitations.Count,
            invitations.Max(i => i.Score),
            DateTime.SpecifyKind(latest.ScreenedAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            string.Join(';', topRules),
            latest.Status);
    }
}
