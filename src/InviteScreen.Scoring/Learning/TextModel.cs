using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Learning;

/// <summary>
/// A linear model over a note's hashed n-grams (<see cref="NgramFeatures"/>): log-odds that the note is mass outreach.
/// Each n-gram counts 1/√n for a note of n n-grams, so long notes are not more certain for being long.
/// </summary>
public sealed class TextModel
{
    /// <summary>The longest run of words a finding quotes as the reason for the model's reading.</summary>
    internal const int MaxQuotedWords = 6;

    public TextModel(double bias, float[] weights)
    {
        if (weights.Length != NgramFeatures.Dimensions)
        {
            throw new ArgumentException($"A text model has {NgramFeatures.Dimensions} weights, not {weights.Length}.", nameof(weights));
        }

        Bias = bias;
        Weights = weights;
    }

    public double Bias { get; }

    internal float[] Weights { get; }

    /// <summary>The log-odds for a note as written.</summary>
    public double Logit(string message) => Read(NormalizedText.Normalize(message), new TextModelScratch());

    /// <summary>
    /// The log-odds for a normalised note. <paramref name="scratch"/> keeps each word's span, its contribution and
    /// its strongest n-gram either way, for <see cref="Explain"/>.
    /// </summary>
    internal double Read(ReadOnlySpan<char> normalized, TextModelScratch scratch)
    {
        scratch.Prepare(normalized.Length);
        var visitor = new Summing(Weights, scratch);
        NgramFeatures.Walk(normalized, scratch.Words, ref visitor);
        return visitor.Count == 0 ? Bias : Bias + (visitor.Sum / Math.Sqrt(visitor.Count));
    }

    /// <summary>
    /// The run of up to <see cref="MaxQuotedWords"/> words, none of them <paramref name="covered"/>, that pushed the
    /// reading most towards its sign: its span (in whatever coordinates the scratch's words now hold) and strongest n-gram.
    /// </summary>
    internal static TextReading Explain(double logit, TextModelScratch scratch, ReadOnlySpan<bool> covered)
    {
        var sign = logit >= 0 ? 1 : -1;
        var perWord = scratch.PerWord;
        var best = (First: -1, Last: -1);
        var bestSum = 0f;
        for (var first = 0; first < scratch.Words.Count; first++)
        {
            var sum = 0f;
            for (var last = first; last < scratch.Words.Count && last - first < MaxQuotedWords && !covered[last]; last++)
            {
                sum += sign * perWord[last];
                if (sum > bestSum)
                {
                    bestSum = sum;
                    best = (first, last);
                }
            }
        }

        if (best.First < 0)
        {
            return new TextReading(logit, 0, 0, -1);
        }

        var strongest = -1;
        var strongestWeight = 0f;
        for (var w = best.First; w <= best.Last; w++)
        {
            var (bucket, weight) = sign > 0 ? scratch.Generic[w] : scratch.Personal[w];
            if (bucket >= 0 && weight * sign > strongestWeight)
            {
                (strongest, strongestWeight) = (bucket, weight * sign);
            }
        }

        return new TextReading(logit, scratch.Words[best.First].Start, scratch.Words[best.Last].End, strongest);
    }

    private struct Summing(float[] weights, TextModelScratch scratch) : INgramVisitor
    {
        public float Sum;
        public int Count;

        public void Add(int bucket, int word)
        {
            var w = weights[bucket];
            Sum += w;
            Count++;
            scratch.PerWord[word] += w;
            ref var strongest = ref w >= 0 ? ref scratch.Generic[word] : ref scratch.Personal[word];
            if (Math.Abs(w) > Math.Abs(strongest.Weight))
            {
                strongest = (bucket, w);
            }
        }
    }
}

/// <summary>A text model's reading of a note: its log-odds, the span that explains them and that span's strongest n-gram.</summary>
internal readonly record struct TextReading(double Logit, int From, int To, int StrongestBucket);

/// <summary>Per-thread buffers of a text model's reading: one slot per word of the note.</summary>
internal sealed class TextModelScratch
{
    public List<(int Start, int End)> Words { get; } = [];

    public float[] PerWord { get; private set; } = new float[64];

    /// <summary>Per word, its n-gram that pushed hardest towards generic, and towards personal (-1: none).</summary>
    public (int Bucket, float Weight)[] Generic { get; private set; } = new (int, float)[64];
    public (int Bucket, float Weight)[] Personal { get; private set; } = new (int, float)[64];

    /// <summary>Per word, whether another finding covers it already.</summary>
    public bool[] Covered { get; private set; } = new bool[64];

    public void Prepare(int length)
    {
        var words = (length / 2) + 1;
        if (PerWord.Length < words)
        {
            PerWord = new float[words];
            Generic = new (int, float)[words];
            Personal = new (int, float)[words];
            Covered = new bool[words];
        }

        Array.Clear(PerWord, 0, words);
        Array.Fill(Generic, (-1, 0f), 0, words);
        Array.Fill(Personal, (-1, 0f), 0, words);
    }
}
