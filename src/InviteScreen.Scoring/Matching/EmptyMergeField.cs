using System.Buffers;

namespace InviteScreen.Scoring.Matching;

/// <summary>
/// A mail-merge field the tool left empty: "Hi ," where a name was meant to go, "at  and" where a company was.
/// Read on the original text: normalisation collapses the doubled space that gives the gap away.
/// </summary>
internal static class EmptyMergeField
{
    private static readonly string[] Greetings = ["hi", "hello", "hey", "dear"];
    private static readonly string[] WordsBeforeGap = ["at", "from", "with", "in", "for"];
    private static readonly string[] WordsAfterGap = ["and", "to"];

    /// <summary>With none of these and no double blank, a note has no gap: two vectorised searches spare the loop.</summary>
    private static readonly SearchValues<char> SpacesOtherThanBlank = SearchValues.Create("\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    public static void Find(string text, int rule, List<RawHit> hits)
    {
        FindEmptyGreeting(text, rule, hits);
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.AsSpan().ContainsAny(SpacesOtherThanBlank))
        {
            return;
        }

        for (var at = 1; at < text.Length; at++)
        {
            // A gap is two or more white-space characters; the cheap test rules out nearly every character.
            if (!IsSpace(text[at]) || !IsSpace(text[at - 1]))
            {
                continue;
            }

            var gapStart = at - 1;
            at = SkipSpaces(text, at);
            if (WordBefore(text, gapStart, WordsBeforeGap) is var from and >= 0 && GapFillerEnd(text, at) is var to and >= 0)
            {
                hits.Add(new RawHit(rule, from, to - from));
            }
        }
    }

    private static bool IsSpace(char c) => c == ' ' || (c < ' ' || c >= '\u0085') && char.IsWhiteSpace(c);

    private static void FindEmptyGreeting(string text, int rule, List<RawHit> hits)
    {
        var start = SkipSpaces(text, 0);
        foreach (var greeting in Greetings)
        {
            var end = start + greeting.Length;
            if (IsWordAt(text, start, greeting))
            {
                var gapEnd = SkipSpaces(text, end);
                if (gapEnd > end && gapEnd < text.Length && text[gapEnd] is ',' or '!')
                {
                    hits.Add(new RawHit(rule, start, gapEnd + 1 - start));
                }

                return;
            }
        }
    }

    /// <summary>The start of the listed word that ends where the gap begins, or -1.</summary>
    private static int WordBefore(string text, int gapStart, string[] words)
    {
        var from = gapStart;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }

        foreach (var word in words)
        {
            if (gapStart - from == word.Length && IsWordAt(text, from, word))
            {
                return from;
            }
        }

        return -1;
    }

    /// <summary>Where what follows the gap ends when it shows a field was skipped (",", ".", "and", "to"), or -1.</summary>
    private static int GapFillerEnd(string text, int at)
    {
        if (at < text.Length && text[at] is ',' or '.')
        {
            return at + 1;
        }

        foreach (var word in WordsAfterGap)
        {
            if (IsWordAt(text, at, word))
            {
                return at + word.Length;
            }
        }

        return -1;
    }

    private static bool IsWordAt(string text, int at, string word) =>
        at + word.Length <= text.Length
        && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]));

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
