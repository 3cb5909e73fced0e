using System.Runtime.CompilerServices;

namespace InviteScreen.Scoring.Learning;

/// <summary>Receives a note's hashed n-grams, each with the index of the word it belongs to.</summary>
internal interface INgramVisitor
{
    void Add(int bucket, int word);
}

/// <summary>
/// The text model's features: each word, each pair of neighbouring words and each four-character slice of a word
/// (with its edges), hashed into <see cref="Dimensions"/> buckets. Character slices need no word lists, so the
/// model reads every language alike. Reads normalised text (lower case, accents folded); digits are all '0'.
/// </summary>
internal static class NgramFeatures
{
    public const int Bits = 16;
    public const int Dimensions = 1 << Bits;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const ulong UnigramSalt = 0x9E37_79B9;
    private const ulong BigramSalt = 0x85EB_CA6B;
    private const ulong NoteStart = 0xC2B2_AE35;

    /// <summary>Visits every feature of <paramref name="text"/>; <paramref name="words"/> receives each word's span.</summary>
    public static void Walk<TVisitor>(ReadOnlySpan<char> text, List<(int Start, int End)> words, ref TVisitor visitor)
        where TVisitor : struct, INgramVisitor
    {
        words.Clear();
        var previous = NoteStart;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var word = words.Count;
            var start = i;
            var hash = FnvOffset;
            ulong slice = ' ';
            var fed = 1;
            for (; i < text.Length && char.IsLetterOrDigit(text[i]); i++)
            {
                var c = char.IsDigit(text[i]) ? '0' : text[i];
                hash = (hash ^ c) * FnvPrime;
                slice = (slice << 16) | c;
                if (++fed >= 4)
                {
                    visitor.Add(Bucket(slice), word);
                }
            }

            // The closing edge: a one-letter word's only slice is three characters, marked apart from four-character ones.
            slice = (slice << 16) | ' ';
            visitor.Add(Bucket(++fed == 3 ? slice | 0xFFFF_0000_0000_0000 : slice), word);

            words.Add((start, i));
            visitor.Add(Bucket(hash ^ UnigramSalt), word);
            visitor.Add(Bucket((previous * FnvPrime) ^ hash ^ BigramSalt), word);
            previous = hash;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(ulong key) => (int)((key * 0x9E37_79B9_7F4A_7C15UL) >> (64 - Bits));
}
