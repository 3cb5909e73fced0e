using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Templates;

/// <summary>
/// The words of a note that a template keeps: lower-cased and accent-folded, without the greeting and
/// the name after it, capitalised words inside sentences (names, companies), numbers and placeholders.
/// </summary>
public static class TemplateWords
{
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "dear", "hiya", "greetings", "good", "morning", "afternoon", "evening", "hola", "hallo", "bonjour", "ciao", "hej",
    };

    public static List<string> Extract(string? message) => Extract(message, null);

    /// <summary>The words, and in <paramref name="sentenceStarts"/> the index of each sentence's first word (after '.', '!' or '?').</summary>
    public static List<string> Extract(string? message, List<int>? sentenceStarts)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(message))
        {
            return words;
        }

        using var text = NormalizedText.Create(message);
        var chars = text.Chars;
        var sentenceStart = true;
        var greetingWordsLeft = 0;
        var sentenceEnded = true;
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            if (!NormalizedText.IsWordChar(c))
            {
                if (c is '.' or '!' or '?' or ',' or ':' or ';' or '{' or '[' or '%' or '<')
                {
                    sentenceStart |= c is not ',';
                    // "ASP.NET", "acme.com", "2.5": a stop inside a word ends no sentence.
                    sentenceEnded |= c is '.' or '!' or '?' && (i + 1 >= chars.Length || !NormalizedText.IsWordChar(chars[i + 1]));
                    greetingWordsLeft = 0;
                    if (c is '{' or '[' or '%' or '<')
                    {
                        i = SkipPlaceholder(chars, i);
                        continue;
                    }
                }

                i++;
                continue;
            }

            var from = i;
            while (i < chars.Length && (NormalizedText.IsWordChar(chars[i]) || chars[i] == '\''))
            {
                i++;
            }

            var word = chars[from..i].ToString();
            var capitalised = char.IsUpper(message[text.OriginalIndex(from)]);
            var first = words.Count == 0;
            if (first && greetingWordsLeft == 0 && Greetings.Contains(word))
            {
                // The greeting and up to two words of name after it ("Hi Anna Maria,").
                greetingWordsLeft = 2;
                continue;
            }

            var skip = greetingWordsLeft-- > 0
                || capitalised && !sentenceStart
                || char.IsDigit(word[0]);
            sentenceStart = false;
            if (!skip)
            {
                if (sentenceEnded)
                {
                    sentenceStarts?.Add(words.Count);
                    sentenceEnded = false;
                }

                words.Add(word);
            }
        }

        return words;
    }

    private static int SkipPlaceholder(ReadOnlySpan<char> chars, int i)
    {
        var close = chars[i] switch { '{' => '}', '[' => ']', '<' => '>', _ => '%' };
        var end = chars[(i + 1)..].IndexOf(close);
        return end is >= 0 and < 40 ? i + end + 2 : i + 1;
    }
}
