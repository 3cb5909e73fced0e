using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// The words of the sender's name and headline, to tell the sender's own words in a note ("Ana", "ChainForge").
/// A 64-bit sketch of each word's first two characters clears most words of the note without a comparison.
/// </summary>
internal readonly ref struct SenderWords
{
    /// <summary>Room for the words of a name and a headline; words past it are not looked for.</summary>
    public const int Capacity = 40;

    private readonly ReadOnlySpan<char> name;
    private readonly ReadOnlySpan<char> headline;
    private readonly ReadOnlySpan<int> nameStarts;
    private readonly ReadOnlySpan<int> headlineStarts;
    private readonly ulong sketch;

    public SenderWords(in SenderText sender, Span<int> room)
    {
        name = sender.Name.Chars;
        headline = sender.Headline.Chars;
        var nameCount = WordStarts(name, room, ref sketch);
        nameStarts = room[..nameCount];
        headlineStarts = room[nameCount..][..WordStarts(headline, room[nameCount..], ref sketch)];
    }

    /// <summary>Whether a word of two or more characters is a whole word of the sender's name or headline.</summary>
    public bool Contains(ReadOnlySpan<char> word) =>
        (sketch & Bit(word[0], word[1])) != 0 && (IsWordOf(word, name, nameStarts) || IsWordOf(word, headline, headlineStarts));

    private static ulong Bit(char first, char second) => 1ul << ((first * 7 + second) & 63);

    private static int WordStarts(ReadOnlySpan<char> text, Span<int> starts, ref ulong sketch)
    {
        var count = 0;
        var afterWordChar = false;
        for (var i = 0; i < text.Length && count < starts.Length; i++)
        {
            var isWordChar = NormalizedText.IsWordChar(text[i]);
            if (isWordChar && !afterWordChar)
            {
                starts[count++] = i;
                sketch |= Bit(text[i], i + 1 < text.Length ? text[i + 1] : '\0');
            }

            afterWordChar = isWordChar;
        }

        return count;
    }

    private static bool IsWordOf(ReadOnlySpan<char> word, ReadOnlySpan<char> text, ReadOnlySpan<int> wordStarts)
    {
        foreach (var at in wordStarts)
        {
            var end = at + word.Length;
            if (text[at] == word[0] && text[at..].StartsWith(word) && (end == text.Length || !NormalizedText.IsWordChar(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
