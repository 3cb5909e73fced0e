using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// Splits a note into words and sentences. Words in the greeting ("Hi Sam,"), in the sign-off
/// ("Best, Ana") or of the sender's own name or headline are marked <see cref="Token.Ignored"/>: they are not evidence.
/// </summary>
internal static class NoteTokenizer
{
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(".!?;:\n\r");

    public static void Tokenize(string original, in NormalizedText text, LexiconSets lexicon, in SenderText sender, List<Token> tokens)
    {
        var chars = text.Chars;
        var senderWords = new SenderWords(sender, stackalloc int[SenderWords.Capacity]);
        var sentence = 0;
        var sentenceFrom = 0;
        var capitalisedInSentence = 0;
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
            i = WordEnd(chars, from, out var hasDigit);

            var gapStart = previousEnd < 0 ? 0 : text.OriginalIndex(previousEnd - 1) + 1;
            var start = text.OriginalIndex(from);
            var gap = original.AsSpan(gapStart, start - gapStart);
            var startsSentence = previousEnd < 0;
            var opensQuote = false;
            if (gap is not [' '])
            {
                // Most gaps are one blank: no sentence ends there, no aside opens or closes, no quotation opens.
                startsSentence |= BreaksSentence(gap);
                asideDepth = AsideDepthAfter(gap, asideDepth);
                opensQuote = gap is [.., '\'' or '"' or '‘' or '“' or '„' or '«'] && gap.IndexOfAny(',', ':') >= 0;
            }

            if (startsSentence && previousEnd >= 0)
            {
                IgnoreCapitalsOfTitleCase(CollectionsMarshal.AsSpan(tokens)[sentenceFrom..], capitalisedInSentence);
                sentence++;
                sentenceFrom = tokens.Count;
                capitalisedInSentence = 0;
            }

            var capitalised = char.IsUpper(original[start]);
            var technical = !IsPlainWord(original, start, text.OriginalIndex(i - 1) - start + 1) && IsTechnicalName(original, text, from, i);
            capitalisedInSentence += capitalised ? 1 : 0;

            // Only a capitalised or technical-looking word could pass for a detail; other words need no check.
            var ofSender = (capitalised || technical) && i - from > 1 && senderWords.Contains(chars[from..i]);

            // A quotation's first word is capitalised as a sentence's is ("As Musk says, 'When something...'"); a
            // quoted title's is not ("your 'Kafka' talk").
            tokens.Add(new Token(from, i, sentence, startsSentence || opensQuote, capitalised, ofSender, technical, lexicon.Classify(chars[from..i]), hasDigit, InAside: asideDepth > 0));
            previousEnd = i;
        }

        var words = CollectionsMarshal.AsSpan(tokens);
        IgnoreCapitalsOfTitleCase(words[sentenceFrom..], capitalisedInSentence);
        MarkGreeting(original, text, words);
        MarkSignOff(text, words);
    }

    /// <summary>
    /// "Let Us Explore Synergistic Paradigms", "LET'S CONNECT": when most words of a sentence are capitalised,
    /// capitals say nothing about names: neither details nor, unless technical, the sender's own words.
    /// </summary>
    private static void IgnoreCapitalsOfTitleCase(Span<Token> sentence, int capitalised)
    {
        if (sentence.Length < 4 || capitalised * 10 < sentence.Length * 7)
        {
            return;
        }

        foreach (ref var token in sentence)
        {
            token = token with { Capitalised = false, Ignored = token.Ignored && token.TechnicalName };
        }
    }

    public static ReadOnlySpan<char> Word(in NormalizedText text, in Token token) => text.Chars[token.From..token.To];

    /// <summary>
    /// The end of the word that starts at <paramref name="from"/>. ASCII is read eight characters at a time, so the
    /// scan does not branch on each letter; a joiner ("don't", "node.js", "c++") or other text goes one by one.
    /// </summary>
    private static int WordEnd(ReadOnlySpan<char> chars, int from, out bool hasDigit)
    {
        var i = from;
        hasDigit = false;
        while (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= chars.Length)
        {
            var chunk = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)), (nuint)i);
            if ((chunk & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
            {
                break;
            }

            var letter = Vector128.LessThanOrEqual((chunk | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
            var digit = Vector128.LessThanOrEqual(chunk - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
            var length = BitOperations.TrailingZeroCount(~(letter | digit).ExtractMostSignificantBits());
            hasDigit |= (digit.ExtractMostSignificantBits() & ((1u << length) - 1)) != 0;
            i += length;
            if (length == Vector128<ushort>.Count)
            {
                continue;
            }

            if (!IsJoiner(chars, i))
            {
                return i;
            }

            i++;
        }

        while (i < chars.Length && (i == from || NormalizedText.IsWordChar(chars[i]) || IsJoiner(chars, i)))
        {
            hasDigit |= char.IsAsciiDigit(chars[i]);
            i++;
        }

        return i;
    }

    private static bool IsJoiner(ReadOnlySpan<char> chars, int i) =>
        chars[i] is '\'' or '.' or '_' or '/' or '&' && i + 1 < chars.Length && NormalizedText.IsWordChar(chars[i + 1])
        || chars[i] == ',' && i > 0 && char.IsDigit(chars[i - 1]) && i + 1 < chars.Length && char.IsDigit(chars[i + 1])
        || chars[i] is '+' or '#';

    /// <summary>pgBouncer, iOS, ASP.NET, C#, Node.js: a capital after the first letter, or a dot or sharp inside a word.</summary>
    private static bool IsTechnicalName(string original, in NormalizedText text, int from, int to)
    {
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

    /// <summary>
    /// Lower-case ASCII after the first letter, and no dot, sharp or plus: most words, which cannot be technical names.
    /// Up to sixteen characters are tested at once, without a branch on each.
    /// </summary>
    private static bool IsPlainWord(string original, int start, int length)
    {
        if (!Vector256.IsHardwareAccelerated || length > Vector256<ushort>.Count || start + Vector256<ushort>.Count > original.Length)
        {
            return IsPlainWord(original.AsSpan(start, length));
        }

        var chunk = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(original.AsSpan())), (nuint)start);
        var notPlain = ~Vector256.Equals(chunk & Vector256.Create((ushort)0xFF80), Vector256<ushort>.Zero)
            | Vector256.Equals(chunk, Vector256.Create((ushort)'.'))
            | Vector256.Equals(chunk, Vector256.Create((ushort)'#'))
            | Vector256.Equals(chunk, Vector256.Create((ushort)'+'));
        var upper = Vector256.LessThanOrEqual(chunk - Vector256.Create((ushort)'A'), Vector256.Create((ushort)('Z' - 'A')));
        var offending = notPlain.ExtractMostSignificantBits() | (upper.ExtractMostSignificantBits() & ~1u);
        return (offending & ((1u << length) - 1)) == 0;
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
        // "Hi Sam,", "Good morning Sam,", "Buenos días Ana,", "Sir,".
        if (tokens.Length == 0 || !(tokens[0].Is(WordClass.Greeting) || tokens.Length > 1 && tokens[0].Is(WordClass.GreetingLead) && tokens[1].Is(WordClass.Greeting)))
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
}
