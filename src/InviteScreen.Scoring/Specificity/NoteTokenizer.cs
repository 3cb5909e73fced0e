using System.Buffers;
using System.Runtime.InteropServices;
using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// Splits a note into words and sentences. Words in the greeting ("Hi Sam,"), in the sign-off
/// ("Best, Ana") or of the sender's own name are marked <see cref="Token.Ignored"/>: they are not evidence.
/// </summary>
internal static class NoteTokenizer
{
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(".!?;:\n\r");

    public static void Tokenize(string original, in NormalizedText text, LexiconSets lexicon, in NormalizedText senderName, List<Token> tokens)
    {
        var chars = text.Chars;
        var sentence = 0;
        var previousEnd = -1;
        var asideDepth = 0;
        var i = 0;
        while (i < chars.Length)
        {
            if (!NormalizedText.IsWordChar(chars[i]) && !(chars[i] == '#' && i + 1 < chars.Length && char.IsDigit(chars[i + 1])))
            {
                i++;
                continue;
            }

            var from = i;
            var hasDigit = false;
            do
            {
                hasDigit |= char.IsAsciiDigit(chars[i]);
                i++;
            }
            while (i < chars.Length && (NormalizedText.IsWordChar(chars[i]) || IsJoiner(chars, i)));

            var gapStart = previousEnd < 0 ? 0 : text.OriginalIndex(previousEnd - 1) + 1;
            var gap = original.AsSpan(gapStart, text.OriginalIndex(from) - gapStart);
            var startsSentence = previousEnd < 0;
            if (gap is not [' '])
            {
                // Most gaps are one blank: no sentence ends there and no aside opens or closes.
                startsSentence |= BreaksSentence(gap);
                asideDepth = AsideDepthAfter(gap, asideDepth);
            }

            if (startsSentence && previousEnd >= 0)
            {
                sentence++;
            }

            var capitalised = char.IsUpper(original[text.OriginalIndex(from)]);
            tokens.Add(new Token(from, i, sentence, startsSentence, capitalised, Ignored: false, IsTechnicalName(original, text, from, i), lexicon.Classify(chars[from..i]), hasDigit, InAside: asideDepth > 0));
            previousEnd = i;
        }

        var words = CollectionsMarshal.AsSpan(tokens);
        IgnoreCapitalsOfTitleCaseSentences(words);
        MarkGreeting(original, text, words);
        MarkSignOff(text, words);
        MarkSenderName(text, senderName, words);
    }

    /// <summary>
    /// "Let Us Explore Synergistic Paradigms", "LET'S CONNECT": when most words of a sentence are capitalised,
    /// capitals say nothing about names.
    /// </summary>
    private static void IgnoreCapitalsOfTitleCaseSentences(Span<Token> tokens)
    {
        var start = 0;
        while (start < tokens.Length)
        {
            var end = start;
            var capitalised = 0;
            while (end < tokens.Length && tokens[end].Sentence == tokens[start].Sentence)
            {
                capitalised += tokens[end].Capitalised ? 1 : 0;
                end++;
            }

            var words = end - start;
            if (words >= 4 && capitalised * 10 >= words * 7)
            {
                for (var t = start; t < end; t++)
                {
                    tokens[t] = tokens[t] with { Capitalised = false };
                }
            }

            start = end;
        }
    }

    public static ReadOnlySpan<char> Word(in NormalizedText text, in Token token) => text.Chars[token.From..token.To];

    private static bool IsJoiner(ReadOnlySpan<char> chars, int i) =>
        chars[i] is '\'' or '.' or '_' or '/' or '&' && i + 1 < chars.Length && NormalizedText.IsWordChar(chars[i + 1])
        || chars[i] == ',' && i > 0 && char.IsDigit(chars[i - 1]) && i + 1 < chars.Length && char.IsDigit(chars[i + 1])
        || chars[i] is '+' or '#';

    /// <summary>pgBouncer, iOS, ASP.NET, C#, Node.js: a capital after the first letter, or a dot or sharp inside a word.</summary>
    private static bool IsTechnicalName(string original, in NormalizedText text, int from, int to)
    {
        // Most words are plain lower-case ASCII after their first letter: one short loop settles them.
        var start = text.OriginalIndex(from);
        var word = original.AsSpan(start, text.OriginalIndex(to - 1) - start + 1);
        if (IsPlainWord(word))
        {
            return false;
        }

        var hasLetter = false;
        for (var i = from; i < to; i++)
        {
            var c = original[text.OriginalIndex(i)];
            if (i > from && (char.IsUpper(c) && char.IsLower(original[text.OriginalIndex(i - 1)]) || c is '#' or '+' || c == '.' && i + 1 < to))
            {
                return hasLetter;
            }

            hasLetter |= char.IsLetter(c);
        }

        return false;
    }

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80 || c is '.' or '#' or '+' || i > 0 && char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Sofia (my old manager) suggested": an aside in parentheses stays inside its sentence.</summary>
    private static int AsideDepthAfter(ReadOnlySpan<char> gap, int depth)
    {
        foreach (var c in gap)
        {
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }

        return depth;
    }

    private static bool BreaksSentence(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c < 0x80 ? SentenceBreaks.Contains(c) : c is '…' or '—' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol)
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkGreeting(string original, in NormalizedText text, Span<Token> tokens)
    {
        if (tokens.Length == 0 || !tokens[0].Is(WordClass.Greeting))
        {
            return;
        }

        var last = 0;
        for (var t = 1; t < Math.Min(tokens.Length, 4); t++)
        {
            var gapEnd = text.OriginalIndex(tokens[t].From);
            var gapStart = text.OriginalIndex(tokens[t - 1].To - 1) + 1;
            if (tokens[t].Sentence != tokens[0].Sentence || original.AsSpan(gapStart, gapEnd - gapStart).IndexOfAny(",!") >= 0)
            {
                break;
            }

            last = t;
        }

        for (var t = 0; t <= last; t++)
        {
            tokens[t] = tokens[t] with { Ignored = true };
        }

        // The first word after "Hi Sam," opens a sentence, so it is not taken for a proper noun.
        if (last + 1 < tokens.Length)
        {
            tokens[last + 1] = tokens[last + 1] with { StartsSentence = true };
        }
    }

    private static void MarkSignOff(in NormalizedText text, Span<Token> tokens)
    {
        // "Thanks for the intro, Maria!" is the note itself, not its sign-off.
        for (var t = Math.Max(1, tokens.Length - 5); t < tokens.Length; t++)
        {
            if (tokens[t].Is(WordClass.SignOff) && !(t + 1 < tokens.Length && NoteTokenizer.Word(text, tokens[t + 1]).SequenceEqual("for")))
            {
                for (var u = t; u < tokens.Length; u++)
                {
                    tokens[u] = tokens[u] with { Ignored = true };
                }

                return;
            }
        }
    }

    private static void MarkSenderName(in NormalizedText text, in NormalizedText senderName, Span<Token> tokens)
    {
        var nameChars = senderName.Chars;
        Span<int> wordStarts = stackalloc int[8];
        var starts = 0;
        for (var i = 0; i < nameChars.Length && starts < wordStarts.Length; i++)
        {
            if (NormalizedText.IsWordChar(nameChars[i]) && (i == 0 || !NormalizedText.IsWordChar(nameChars[i - 1])))
            {
                wordStarts[starts++] = i;
            }
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            // Only a capitalised or technical-looking word could pass for a detail; other words need no check.
            if (tokens[t].Length > 1 && (tokens[t].Capitalised || tokens[t].TechnicalName) && IsWordOfName(Word(text, tokens[t]), nameChars, wordStarts[..starts]))
            {
                tokens[t] = tokens[t] with { Ignored = true };
            }
        }
    }

    private static bool IsWordOfName(ReadOnlySpan<char> word, ReadOnlySpan<char> name, ReadOnlySpan<int> wordStarts)
    {
        foreach (var at in wordStarts)
        {
            var end = at + word.Length;
            if (name[at] == word[0] && name[at..].StartsWith(word) && (end == name.Length || !NormalizedText.IsWordChar(name[end])))
            {
                return true;
            }
        }

        return false;
    }
}
