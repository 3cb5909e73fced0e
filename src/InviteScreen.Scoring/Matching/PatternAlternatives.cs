using System.Text.RegularExpressions;

namespace InviteScreen.Scoring.Matching;

/// <summary>
/// Splits a pattern at its top-level <c>|</c> and tells which pieces start with a digit. The regex engine skips
/// ahead with one vectorised search only when a regex's first characters form one range or a few characters:
/// digits joined with <c>{</c>, <c>$</c> and the like make it read every character.
/// </summary>
internal static partial class PatternAlternatives
{
    public static IReadOnlyList<string> Split(string pattern)
    {
        // An inline option such as (?x) covers every alternative after it: such a pattern stays whole.
        if (InlineOption().IsMatch(pattern))
        {
            return [pattern];
        }

        var pieces = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass:
                    depth--;
                    break;
                case '|' when !inClass && depth == 0:
                    pieces.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        pieces.Add(pattern[start..]);
        return pieces.TrueForAll(Compiles) ? pieces : [pattern];
    }

    public static bool StartsWithDigit(string alternative)
    {
        var rest = alternative.AsSpan();
        while (rest.StartsWith(@"\b") || rest.StartsWith("^"))
        {
            rest = rest[(rest[0] == '^' ? 1 : 2)..];
        }

        return rest.StartsWith("[0-9]") || rest.StartsWith(@"\d");
    }

    private static bool Compiles(string piece)
    {
        try
        {
            _ = new Regex(piece, PatternMatcher.Options);
            return piece.Length > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\(\?[imnsx-]+[):]")]
    private static partial Regex InlineOption();
}
