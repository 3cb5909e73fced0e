using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Imports;

/// <summary>
/// Reads LinkedIn's <c>Invitations.csv</c> (both header variants) into rows, or into bad-row reasons with the
/// line each record starts on. Pure: no database, no HTTP.
/// </summary>
public static class InvitationsCsv
{
    public const string CurrentHeader = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";
    public const string OlderHeader = "From,To,Sent At,Message,Direction";
    public const int MaxUrl = 500;

    /// <summary>LinkedIn started in 2003: an earlier Sent At is a misread date, not an invitation.</summary>
    public static readonly DateTime EarliestSentAt = new(2003, 1, 1);

    private static readonly string[] SentAtFormats =
        ["M/d/yy, h:mm tt", "M/d/yy, h:mm:ss tt", "M/d/yyyy, h:mm tt", "M/d/yy h:mm tt", "M/d/yyyy h:mm tt", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>The rows after the header, in file order; a Sent At after <paramref name="latestSentAt"/> makes a bad row.</summary>
    /// <exception cref="NotInvitationsCsvException">The file does not start with either Invitations.csv header.</exception>
    public static IEnumerable<InvitationsCsvRecord> Read(TextReader reader, DateTime latestSentAt)
    {
        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => badData = true,
            IgnoreBlankLines = true,
        };
        using var guarded = new UnclosedQuoteGuard(reader, fields => fields.Length >= 5
            && ParseSentAt(fields[2].Trim(), out _) && ParseDirection(fields[4].Trim()) is not null);
        using var parser = new CsvParser(guarded, configuration);
        var columns = ReadHeader(parser);
        while (parser.Read())
        {
            // The parser counts the line the record ends on; quoted fields may span lines, blank lines are skipped.
            var line = parser.RawRow - parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
            var fields = parser.Record ?? [];
            var problem = guarded.Unclosed.Remove(line) ? "Malformed quoting: a quote opened on this line is never closed."
                : badData ? "Malformed quoting." : null;
            badData = false;
            yield return problem is null ? Parse(line, fields, columns, latestSentAt) : InvitationsCsvRecord.Bad(line, problem);
        }
    }

    /// <summary>Throws unless the text starts with an Invitations.csv header; reads nothing else.</summary>
    public static void CheckHeader(TextReader reader)
    {
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        ReadHeader(parser);
    }

    private static int ReadHeader(CsvParser parser)
    {
        string[]? header;
        try
        {
            header = parser.Read() ? parser.Record : null;
        }
        catch (CsvHelperException)
        {
            header = null;
        }

        var text = header is null ? "" : string.Join(',', header.Select(h => h.Trim().TrimStart('\uFEFF')));
        return text.Equals(CurrentHeader, StringComparison.OrdinalIgnoreCase) ? 7
            : text.Equals(OlderHeader, StringComparison.OrdinalIgnoreCase) ? 5
            : throw new NotInvitationsCsvException(
                $"This is not LinkedIn's Invitations.csv: its first line should be \"{CurrentHeader}\" (or, in older exports, \"{OlderHeader}\").");
    }

    private static InvitationsCsvRecord Parse(int line, string[] fields, int columns, DateTime latestSentAt)
    {
        if (fields.Length != columns)
        {
            return InvitationsCsvRecord.Bad(line, $"Expected {columns} columns, found {fields.Length}.");
        }

        var (from, to, sentAt, message, direction) = (fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim(), fields[4].Trim());
        var inviterUrl = columns == 7 ? fields[5].Trim() : "";
        var sentAtParsed = ParseSentAt(sentAt, out var sent);
        var dir = ParseDirection(direction);
        var problem =
            from.Length > InvitationInputValidator.MaxName ? $"From is longer than {InvitationInputValidator.MaxName} characters."
            : to.Length > InvitationInputValidator.MaxName ? $"To is longer than {InvitationInputValidator.MaxName} characters."
            : message.Length > InvitationInputValidator.MaxMessage ? $"Message is longer than {InvitationInputValidator.MaxMessage} characters."
            : inviterUrl.Length > MaxUrl ? $"inviterProfileUrl is longer than {MaxUrl} characters."
            : !sentAtParsed ? $"Sent At \"{Shorten(sentAt)}\" is not a date like 1/29/26, 2:37 PM."
            : sent < EarliestSentAt ? $"Sent At \"{Shorten(sentAt)}\" is before {EarliestSentAt.Year}, when LinkedIn began."
            : sent > latestSentAt ? $"Sent At \"{Shorten(sentAt)}\" is in the future."
            : dir is null ? $"Direction \"{Shorten(direction)}\" is neither INCOMING nor OUTGOING."
            : from.Length == 0 && message.Length == 0 ? "Neither a sender (From) nor a message."
            : null;
        return problem is not null
            ? InvitationsCsvRecord.Bad(line, problem)
            : InvitationsCsvRecord.Good(line, new InvitationsCsvRow(from, to, sent, message, dir!.Value,
                InvitationInputValidator.BeLinkedInProfileUrl(inviterUrl) ? inviterUrl : null));
    }

    private static bool ParseSentAt(string text, out DateTime sentAt)
    {
        var normalized = text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        return DateTime.TryParseExact(normalized, SentAtFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out sentAt);
    }

    private static InvitationDirection? ParseDirection(string text) =>
        text.ToUpperInvariant() switch
        {
            "INCOMING" => InvitationDirection.Incoming,
            "OUTGOING" => InvitationDirection.Outgoing,
            _ => null,
        };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

public enum InvitationDirection
{
    Incoming,
    Outgoing,
}

/// <summary>One invitation as LinkedIn exported it; <see cref="SentAt"/> has no time zone in the file.</summary>
public sealed record InvitationsCsvRow(string From, string To, DateTime SentAt, string Message, InvitationDirection Direction, string? InviterProfileUrl);

/// <summary>A record of the file: a row, or the reason it is unusable; <see cref="LineNumber"/> is where it starts.</summary>
public sealed record InvitationsCsvRecord(int LineNumber, InvitationsCsvRow? Row, string? Problem)
{
    public static InvitationsCsvRecord Good(int line, InvitationsCsvRow row) => new(line, row, null);

    public static InvitationsCsvRecord Bad(int line, string problem) => new(line, null, problem);
}

public sealed class NotInvitationsCsvException(string message) : Exception(message);
