using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring;

/// <summary>
/// The user's own profile ("About me"): a detail of a note that only repeats it is what a mail-merge tool fills
/// in (<c>MAIL_MERGE_ECHO</c>), not a reason. Every part is optional.
/// </summary>
public sealed record RecipientProfile(string? Name, string? Headline, string? Company, string? Industry, string? Location, string? Schools)
{
    private HashSet<string>? words;

    public bool IsEmpty => Words.Count == 0;

    /// <summary>Whether every word of <paramref name="detail"/> is a word of the profile.</summary>
    public bool Echoes(string detail)
    {
        var any = false;
        foreach (var word in WordsOf(detail))
        {
            if (!Words.Contains(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private HashSet<string> Words => words ??= [.. new[] { Name, Headline, Company, Industry, Location, Schools }.SelectMany(WordsOf)];

    private static IEnumerable<string> WordsOf(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : NormalizedText.Normalize(text).Split(' ', ',', ';', '|', '@', '/', '(', ')', '.', '&', '-').Where(w => w.Length >= 2);
}

/// <summary>What the scorer knows beyond the note: the user's history, what they taught it and who they are.</summary>
public sealed record ScoringContext(IReadOnlyList<HistoryEvidence> History, Learning.LearnedModel? Learned = null, RecipientProfile? Recipient = null)
{
    public static readonly ScoringContext None = new([]);
}
