using System.Text.RegularExpressions;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Matching;

/// <summary>
/// All pattern rules of one field joined into a single non-backtracking regex: one linear pass
/// over the text whatever it holds. Only a match is traced back to its rule. Patterns read the normalised
/// (lower-case) text, so the regex needs no IgnoreCase, which would keep it from skipping ahead to the
/// rare characters its patterns start with.
/// </summary>
internal sealed class PatternMatcher
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly Regex? combined;
    private readonly (int RuleIndex, Regex Own)[] rules;

    public PatternMatcher(IReadOnlyList<(int RuleIndex, string Pattern)> patterns)
    {
        rules = [.. patterns.Select(p => (p.RuleIndex, new Regex(p.Pattern, Options)))];
        if (rules.Length > 0)
        {
            combined = new Regex(string.Join('|', patterns.Select(p => $"(?:{p.Pattern})")), Options);
        }
    }

    public void FindAll(ReadOnlySpan<char> text, List<RawHit> hits)
    {
        if (combined is null)
        {
            return;
        }

        foreach (var match in combined.EnumerateMatches(text))
        {
            if (match.Length == 0)
            {
                continue;
            }

            // The rule whose own pattern matches at the same place. The search sees what precedes the match and
            // two characters past it, so \b and anchors see their context, yet never scans on through the text.
            var window = text[..Math.Min(text.Length, match.Index + match.Length + 2)];
            foreach (var (ruleIndex, own) in rules)
            {
                if (StartsAt(own, window, match.Index))
                {
                    hits.Add(new RawHit(ruleIndex, match.Index, match.Length));
                    break;
                }
            }
        }
    }

    private static bool StartsAt(Regex own, ReadOnlySpan<char> text, int index)
    {
        foreach (var match in own.EnumerateMatches(text, index))
        {
            return match.Index == index;
        }

        return false;
    }
}
