using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Templates;

/// <summary>
/// A near-duplicate fingerprint of a note: MinHash over word pairs of the note with what template tools
/// vary taken out (the greeting and name, capitalised names and companies, numbers, placeholders,
/// punctuation), cut into LSH bands, plus keys for each sentence. Two notes whose word pairs overlap by about
/// half, or that share a sentence, share a key with high probability, so finding them is a few index look-ups.
/// </summary>
public sealed class TemplateFingerprint
{
    public const int HashCount = Bands * RowsPerBand;
    public const int Bands = 12;
    public const int RowsPerBand = 4;

    /// <summary>Estimated word-pair overlap at or above which two notes are the same template.</summary>
    public const double SameTemplateSimilarity = 0.5;

    /// <summary>Notes with fewer word pairs than this are too short to call a template.</summary>
    public const int MinShingles = 5;

    private static readonly ulong[] Seeds = CreateSeeds();

    private TemplateFingerprint(uint[] signature, long[] bandKeys, TemplateSentences sentences)
    {
        Signature = signature;
        BandKeys = bandKeys;
        Sentences = sentences;
    }

    public uint[] Signature { get; }

    /// <summary>
    /// The index keys: the <see cref="Bands"/> LSH bands of the whole note, then two MinHash keys per sentence,
    /// so a copy whose every sentence was spun a little still meets its template's notes in the index.
    /// </summary>
    public long[] BandKeys { get; }

    /// <summary>The note's sentences, which decide whether a candidate is the same template.</summary>
    public TemplateSentences Sentences { get; }

    /// <summary>The fingerprint, or null when the note is too short to fingerprint.</summary>
    public static TemplateFingerprint? Compute(string? message)
    {
        var sentenceStarts = new List<int>();
        var words = TemplateWords.Extract(message, sentenceStarts);
        if (words.Count - 1 < MinShingles)
        {
            return null;
        }

        var signature = new uint[HashCount];
        Array.Fill(signature, uint.MaxValue);
        for (var w = 0; w + 1 < words.Count; w++)
        {
            var shingle = PairHash(words[w], words[w + 1]);
            for (var h = 0; h < HashCount; h++)
            {
                var value = (uint)(Mix(shingle ^ Seeds[h]) >> 32);
                if (value < signature[h])
                {
                    signature[h] = value;
                }
            }
        }

        var sentences = TemplateSentences.From(words, sentenceStarts);
        return new TemplateFingerprint(signature, [.. BandKeysOf(signature), .. sentences.Keys()], sentences);
    }

    internal static ulong PairHash(string first, string second) => Fnv1a(first, Fnv1a(" ", Fnv1a(second, 14695981039346656037UL)));

    /// <summary>The share of equal MinHash values: an estimate of the word-pair Jaccard similarity.</summary>
    public double Similarity(uint[] other)
    {
        var equal = 0;
        for (var h = 0; h < HashCount; h++)
        {
            equal += Signature[h] == other[h] ? 1 : 0;
        }

        return equal / (double)HashCount;
    }

    public byte[] SignatureBytes()
    {
        var bytes = new byte[HashCount * sizeof(uint)];
        Buffer.BlockCopy(Signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] SignatureFrom(byte[] bytes)
    {
        var signature = new uint[HashCount];
        Buffer.BlockCopy(bytes, 0, signature, 0, Math.Min(bytes.Length, signature.Length * sizeof(uint)));
        return signature;
    }

    private static long[] BandKeysOf(uint[] signature)
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var hash = Mix((ulong)b + 0x9E3779B97F4A7C15UL);
            for (var r = 0; r < RowsPerBand; r++)
            {
                hash = Mix(hash ^ signature[b * RowsPerBand + r]);
            }

            keys[b] = (long)hash;
        }

        return keys;
    }

    private static ulong Fnv1a(string text, ulong hash)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>SplitMix64's finaliser: a cheap, well-mixed 64-bit hash.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[HashCount];
        var state = 0x1234_5678_9ABC_DEF0UL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
