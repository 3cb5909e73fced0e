using System.Text.RegularExpressions;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Matching;

/// <summary>
/// The pattern rules of one field as at most two non-backtracking regexes: the pieces that start with a digit,
/// and the rest. Each is one linear pass over the text whatever it holds, skipping ahead to the characters its
/// pieces start with; only a match is traced back to its rule. Patterns read the normalised (lower-case) text,
/// so no regex needs IgnoreCase, which would keep it from skipping ahead.
/// </summary>
internal sealed class PatternMatcher
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly CombinedPatterns[] groups;

    public PatternMatcher(IReadOnlyList<(int RuleIndex, string Pattern)> patterns)
    {
        var pieces = patterns.SelectMany(p => PatternAlternatives.Split(p.Pattern).Select(piece => (p.RuleIndex, Pattern: piece)));
        groups = [.. pieces.GroupBy(p => PatternAlternatives.StartsWithDigit(p.Pattern)).Select(g => new CombinedPatterns([.. g]))];
    }

    public void FindAll(ReadOnlySpan<char> text, List<RawHit> hits)
    {
        foreach (var group in groups)
        {
            group.FindAll(text, hits);
        }
    }

    private sealed class CombinedPatterns(IReadOnlyList<(int RuleIndex, string Pattern)> patterns)
    {
        private readonly Regex combined = new(string.Join('|', patterns.Select(p => $"(?:{p.Pattern})")), Options);
        private readonly (int RuleIndex, Regex Own)[] rules = [.. patterns.Select(p => (p.RuleIndex, new Regex(p.Pattern, Options)))];

        public void FindAll(ReadOnlySpan<char> text, List<RawHit> hits)
        {
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
}
