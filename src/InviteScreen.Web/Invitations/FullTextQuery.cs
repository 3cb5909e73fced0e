using System.Globalization;
using System.Text;

namespace InviteScreen.Web.Invitations;

/// <summary>
/// Turns what the user typed into an FTS5 MATCH expression: every word becomes a quoted term, so quotes,
/// stars, NEAR( or AND in the search box are text, never query syntax. Words of three or more characters
/// match as prefixes ("synerg" finds "synergies"); all words must occur.
/// </summary>
public static class FullTextQuery
{
    public const int MaxWords = 8;
    public const int MaxWordLength = 64;
    private const int MinPrefixLength = 3;

    /// <summary>The MATCH expression, or null when the text holds no word at all (only punctuation).</summary>
    public static string? For(string? text)
    {
        var terms = Words(text ?? "")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxWords)
            .Select(word => word.Length >= MinPrefixLength ? $"\"{word}\"*" : $"\"{word}\"")
            .ToList();
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    /// <summary>Runs of letters, digits and combining marks: the characters FTS5's unicode61 tokenizer keeps in a token.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                if (word.Length < MaxWordLength)
                {
                    word.Append(c);
                }
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate;
}
