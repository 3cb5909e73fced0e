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
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\r\n\v\f\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    public static void Find(string text, int rule, List<RawHit> hits)
    {
        FindEmptyGreeting(text, rule, hits);
        for (var at = 0; at < text.Length;)
        {
            var offset = text.AsSpan(at).IndexOfAny(Spaces);
            if (offset < 0)
            {
                return;
            }

            var gapStart = at + offset;
            at = SkipSpaces(text, gapStart);
            if (at - gapStart >= 2 && WordBefore(text, gapStart, WordsBeforeGap) is var from and >= 0 && GapFillerEnd(text, at) is var to and >= 0)
            {
                hits.Add(new RawHit(rule, from, to - from));
            }
        }
    }

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
