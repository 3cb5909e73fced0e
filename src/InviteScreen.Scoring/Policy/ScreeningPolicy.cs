using System.Globalization;

namespace InviteScreen.Scoring.Policy;

public enum ListKind
{
    Allow,
    Block,
}

/// <summary>What a list entry is compared with: the sender's name, profile URL, or a company or keyword of the headline.</summary>
public enum ListField
{
    Name,
    ProfileUrl,
    Company,
    Keyword,
}

public sealed record ListEntry(ListKind Kind, ListField Field, string Value);

/// <summary>
/// The user's own say over the score: allow and block lists, and whether an empty note is generic (the default) or
/// neutral. Applied after the rules, as findings, so the score stays the sum of the findings' points: an allowed
/// sender's finding cancels the rest (score 0), a blocked sender's finding tops it up to 100. Allow wins over block.
/// </summary>
public sealed class ScreeningPolicy(IReadOnlyList<ListEntry> entries, bool emptyNoteNeutral)
{
    public const string AllowRule = "ALLOW_LIST";
    public const string BlockRule = "BLOCK_LIST";
    public const string NeutralEmptyNoteRule = "EMPTY_NOTE_NEUTRAL";

    private readonly ListEntry[] allow = [.. entries.Where(e => e.Kind == ListKind.Allow)];
    private readonly ListEntry[] block = [.. entries.Where(e => e.Kind == ListKind.Block)];

    public bool EmptyNoteNeutral => emptyNoteNeutral;

    internal List<Finding> Apply(InvitationText invitation, string? profileUrl, List<Finding> findings, ScoringOptions options)
    {
        if (emptyNoteNeutral && string.IsNullOrWhiteSpace(invitation.Message))
        {
            findings = [new Finding(NeutralEmptyNoteRule, "policy", InvitationField.Message, 0, 0, "", 0,
                "No note: your empty-note policy makes that neutral, so it counts neither way.")];
        }

        var evidence = findings.Sum(f => f.Points);
        if (FirstMatch(allow, invitation, profileUrl) is { } allowed)
        {
            findings.Add(allowed.ToFinding(AllowRule, "allowList", -Math.Max(evidence, 0), $"On your allow list ({allowed.Describe()}): never flagged."));
        }
        else if (FirstMatch(block, invitation, profileUrl) is { } blocked)
        {
            findings.Add(blocked.ToFinding(BlockRule, "blockList", Math.Max(EvidenceForFullScore(options) - evidence, 0), $"On your block list ({blocked.Describe()}): always flagged."));
        }

        return findings;
    }

    private static int EvidenceForFullScore(ScoringOptions options)
    {
        var evidence = 1;
        while (options.ToScore(evidence) < 100)
        {
            evidence++;
        }

        return evidence;
    }

    private static Match? FirstMatch(ListEntry[] list, InvitationText invitation, string? profileUrl)
    {
        foreach (var entry in list)
        {
            var match = entry.Field switch
            {
                ListField.Name => SameName(invitation.SenderName, entry.Value) is { } name ? new Match(entry, InvitationField.SenderName, name.Start, name.Length) : null,
                ListField.ProfileUrl => profileUrl is not null && NormalizeUrl(profileUrl) == NormalizeUrl(entry.Value) ? new Match(entry, InvitationField.Message, 0, 0) : null,
                _ => WholeWords(invitation.Headline, entry.Value) is { } start ? new Match(entry, InvitationField.Headline, start, entry.Value.Trim().Length) : null,
            };
            if (match is not null)
            {
                return match with { Text = invitation.Get(match.Field).Substring(match.Start, match.Length) };
            }
        }

        return null;
    }

    /// <summary>The span of the whole (trimmed) name when it is the entry's, ignoring case.</summary>
    private static (int Start, int Length)? SameName(string? name, string value)
    {
        var trimmed = name?.Trim();
        return !string.IsNullOrEmpty(trimmed) && string.Equals(trimmed, value.Trim(), StringComparison.OrdinalIgnoreCase)
            ? (name!.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length)
            : null;
    }

    /// <summary>Where <paramref name="value"/> stands in the headline as whole words, ignoring case; null if nowhere.</summary>
    private static int? WholeWords(string? headline, string value)
    {
        var needle = value.Trim();
        if (string.IsNullOrEmpty(headline) || needle.Length == 0)
        {
            return null;
        }

        for (var at = CultureInfo.InvariantCulture.CompareInfo.IndexOf(headline, needle, CompareOptions.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < headline.Length ? CultureInfo.InvariantCulture.CompareInfo.IndexOf(headline, needle, at + 1, CompareOptions.OrdinalIgnoreCase) : -1)
        {
            var end = at + needle.Length;
            if ((at == 0 || !char.IsLetterOrDigit(headline[at - 1])) && (end == headline.Length || !char.IsLetterOrDigit(headline[end])))
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>"https://www.linkedin.com/in/x/?trk=y" and "linkedin.com/in/X" name the same profile.</summary>
    public static string NormalizeUrl(string url)
    {
        var u = url.Trim().ToLowerInvariant();
        u = u.StartsWith("https://", StringComparison.Ordinal) ? u[8..] : u.StartsWith("http://", StringComparison.Ordinal) ? u[7..] : u;
        u = u.StartsWith("www.", StringComparison.Ordinal) ? u[4..] : u;
        var cut = u.IndexOfAny(['?', '#']);
        return (cut >= 0 ? u[..cut] : u).TrimEnd('/');
    }

    private sealed record Match(ListEntry Entry, InvitationField Field, int Start, int Length)
    {
        public string Text { get; init; } = "";

        public string Describe() => $"{Entry.Field switch { ListField.Name => "name", ListField.ProfileUrl => "profile URL", ListField.Company => "company", _ => "headline keyword" }} \"{Entry.Value.Trim()}\"";

        public Finding ToFinding(string ruleId, string category, int points, string explanation) =>
            new(ruleId, category, Field, Start, Length, Text, points, explanation);
    }
}
