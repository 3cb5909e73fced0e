namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// Word → classes, asked for every word of every note. Open addressing over a sparse power-of-two table, hashed
/// on the length and three letters: a look-up neither walks the whole word to hash it nor allocates.
/// </summary>
internal sealed class WordClassTable
{
    private readonly string?[] words;
    private readonly WordClass[] classes;
    private readonly int shift;

    public WordClassTable(IReadOnlyDictionary<string, WordClass> entries)
    {
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(entries.Count * 4 + 1)));
        words = new string?[1 << bits];
        classes = new WordClass[words.Length];
        shift = 32 - bits;
        foreach (var (word, wordClass) in entries)
        {
            var slot = SlotOf(word);
            while (words[slot] is not null)
            {
                slot = Next(slot);
            }

            words[slot] = word;
            classes[slot] = wordClass;
        }
    }

    public WordClass this[ReadOnlySpan<char> word]
    {
        get
        {
            for (var slot = SlotOf(word); words[slot] is { } listed; slot = Next(slot))
            {
                if (word.SequenceEqual(listed))
                {
                    return classes[slot];
                }
            }

            return WordClass.None;
        }
    }

    private int Next(int slot) => (slot + 1) & (words.Length - 1);

    private int SlotOf(ReadOnlySpan<char> word) => word.IsEmpty ? 0
        : (int)(((uint)word.Length * 0x9E3779B1u ^ word[0] * 0x85EBCA6Bu ^ word[^1] * 0xC2B2AE35u ^ word[word.Length / 2] * 0x27D4EB2Fu) >> shift);
}
