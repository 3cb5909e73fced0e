using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring;

/// <summary>
/// The user's own profile ("About me"): a detail of a note that only repeats it is what a mail-merge tool fills
/// in (<c>MAIL_MERGE_ECHO</c>), not a reason. Every part is optional. A detail echoes it when each of its words is a
/// word of some part, so "Delft University" echoes "TU Delft" and "Erasmus University" together: a tool that merges
/// one field can as well merge two.
/// </summary>
public sealed class RecipientProfile(string? name, string? headline, string? company, string? industry, string? location, string? schools)
{
    private readonly HashSet<string> words = [.. new[] { name, headline, company, industry, location, schools }.SelectMany(WordsOf)];

    public bool IsEmpty => words.Count == 0;

    /// <summary>Whether every word of <paramref name="detail"/> is a word of the profile.</summary>
    public bool Echoes(string detail)
    {
        var any = false;
        foreach (var word in WordsOf(detail))
        {
            if (!words.Contains(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static IEnumerable<string> WordsOf(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : NormalizedText.Normalize(text).Split(' ', ',', ';', '|', '@', '/', '(', ')', '.', '&', '-').Where(w => w.Length >= 2);
}

/// <summary>
/// What the scorer knows beyond the note: the user's history, what they taught it, who they are, and their own
/// lists and empty-note policy (with the sender's profile URL the lists may name).
/// </summary>
public sealed record ScoringContext(
    IReadOnlyList<HistoryEvidence> History, Learning.LearnedModel? Learned = null, RecipientProfile? Recipient = null,
    Policy.ScreeningPolicy? Policy = null, string? ProfileUrl = null)
{
    public static readonly ScoringContext None = new([]);
}
