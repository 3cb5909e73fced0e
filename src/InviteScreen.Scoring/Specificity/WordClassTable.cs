using System.Runtime.InteropServices;

namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// Word → classes, asked for every word of every note. Open addressing over a sparse power-of-two table, hashed
/// on the length, the first four letters and the last: a look-up neither walks the whole word to hash it nor
/// allocates. A slot keeps its word's length and first four characters beside its classes, so most probes settle
/// without reading the word.
/// </summary>
internal sealed class WordClassTable
{
    private readonly Slot[] slots;
    private readonly string?[] words;
    private readonly int shift;

    public WordClassTable(IReadOnlyDictionary<string, WordClass> entries)
    {
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(entries.Count * 4 + 1)));
        slots = new Slot[1 << bits];
        words = new string?[slots.Length];
        shift = 32 - bits;
        // An empty word could never be looked up, and its slot would read as free.
        foreach (var (word, wordClass) in entries.Where(e => e.Key.Length > 0))
        {
            var slot = SlotOf(Head(word), word);
            while (slots[slot].Length > 0)
            {
                slot = Next(slot);
            }

            words[slot] = word;
            slots[slot] = new Slot(Head(word), word.Length, wordClass);
        }
    }

    public WordClass this[ReadOnlySpan<char> word]
    {
        get
        {
            var head = Head(word);
            for (var slot = SlotOf(head, word); slots[slot].Length > 0; slot = Next(slot))
            {
                ref readonly var candidate = ref slots[slot];
                if (candidate.Head == head && candidate.Length == word.Length && (word.Length <= 4 || word[4..].SequenceEqual(words[slot].AsSpan(4))))
                {
                    return candidate.Classes;
                }
            }

            return WordClass.None;
        }
    }

    private int Next(int slot) => (slot + 1) & (slots.Length - 1);

    private int SlotOf(ulong head, ReadOnlySpan<char> word) =>
        (int)((uint)(((head ^ (ulong)word.Length << 59 ^ (word.IsEmpty ? 0ul : word[^1])) * 0x9E3779B97F4A7C15ul) >> 32) >> shift);

    /// <summary>The first four characters, sixteen bits each: the whole of most listed words.</summary>
    private static ulong Head(ReadOnlySpan<char> word) => word.Length switch
    {
        >= 4 => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word)),
        3 => word[0] | (ulong)word[1] << 16 | (ulong)word[2] << 32,
        2 => word[0] | (ulong)word[1] << 16,
        1 => word[0],
        _ => 0,
    };

    private readonly record struct Slot(ulong Head, int Length, WordClass Classes);
}
