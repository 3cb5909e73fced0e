using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

/// <summary>
/// The most frequent words in flagged senders' headlines, read from the FTS5 vocabulary of flagged headlines.
/// Reading it walks every term, so the answer is kept until the stored invitations change.
/// </summary>
public sealed class FlaggedHeadlineKeywords
{
    public const int TopCount = 8;

    /// <summary>Words too common in headlines to say anything about a sender, from headline-stop-words.txt.</summary>
    public static readonly IReadOnlySet<string> StopWords = LoadStopWords();

    private readonly Lock gate = new();
    private (string Version, IReadOnlyList<KeywordCount> Words)? cached;

    public async Task<IReadOnlyList<KeywordCount>> TopAsync(InviteScreenDbContext db, CancellationToken cancellationToken)
    {
        // Any insert, delete or flag change moves one of these; the file name keeps two databases apart.
        var state = await db.Database
            .SqlQueryRaw<string>("SELECT (SELECT coalesce(max(Id), 0) FROM Invitations) || '/' || (SELECT coalesce(sum(Count), 0) FROM DayStats WHERE Flagged) || '/' || (SELECT coalesce(sum(Count), 0) FROM DayStats) AS Value")
            .SingleAsync(cancellationToken);
        var version = db.Database.GetDbConnection().DataSource + "/" + state;
        lock (gate)
        {
            if (cached is { } hit && hit.Version == version)
            {
                return hit.Words;
            }
        }

        var words = await db.Database
            .SqlQueryRaw<KeywordCount>($"SELECT term AS Word, doc AS Count FROM {DashboardAtScaleSql.FlaggedHeadlineVocabulary} WHERE length(term) > 2 ORDER BY doc DESC, term LIMIT 200")
            .ToListAsync(cancellationToken);
        IReadOnlyList<KeywordCount> top = [.. words.Where(w => !StopWords.Contains(w.Word) && !w.Word.All(char.IsDigit)).Take(TopCount)];
        lock (gate)
        {
            cached = (version, top);
        }

        return top;
    }

    private static HashSet<string> LoadStopWords()
    {
        using var stream = typeof(FlaggedHeadlineKeywords).Assembly.GetManifestResourceStream("InviteScreen.Web.headline-stop-words.txt")
            ?? throw new InvalidOperationException("The embedded headline-stop-words.txt is missing.");
        using var reader = new StreamReader(stream);
        return new HashSet<string>(
            reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')),
            StringComparer.Ordinal);
    }
}
