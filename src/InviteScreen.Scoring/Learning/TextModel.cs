using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Learning;

/// <summary>
/// A linear model over a note's hashed n-grams (<see cref="NgramFeatures"/>): log-odds that the note is mass outreach.
/// Each n-gram counts 1/√n for a note of n n-grams, so long notes are not more certain for being long. Reads weights
/// quantised to signed bytes (64 KB, which stays in the cache while a note's few hundred n-grams are looked up).
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
        var max = weights.Max(w => Math.Abs(w));
        scale = max > 0 ? max / 127f : 1;
        quantized = [.. weights.Select(w => (sbyte)Math.Round(w / scale, MidpointRounding.AwayFromZero))];
    }

    private readonly sbyte[] quantized;
    private readonly float scale;

    /// <summary>The weights as the model reads them: signed bytes, times <see cref="Scale"/>.</summary>
    internal ReadOnlySpan<sbyte> Quantized => quantized;

    internal float Scale => scale;

    public double Bias { get; }

    internal float[] Weights { get; }

    /// <summary>The log-odds for a note as written.</summary>
    public double Logit(string message) => Read(NormalizedText.Normalize(message), new TextModelScratch());

    /// <summary>The log-odds for a normalised note. <paramref name="scratch"/> keeps each word's span and contribution, for <see cref="Explain"/>.</summary>
    internal double Read(ReadOnlySpan<char> normalized, TextModelScratch scratch)
    {
        scratch.Prepare(normalized.Length);
        var visitor = new Summing(quantized, scratch.PerWord);
        NgramFeatures.Walk(normalized, scratch.Words, ref visitor);
        return visitor.Count == 0 ? Bias : Bias + (scale * visitor.Sum / Math.Sqrt(visitor.Count));
    }

    /// <summary>
    /// The run of up to <see cref="MaxQuotedWords"/> words, none of them <paramref name="covered"/>, that pushed the
    /// reading most towards its sign, in whatever coordinates the scratch's words now hold; empty when none did.
    /// </summary>
    internal static TextReading Explain(double logit, TextModelScratch scratch, ReadOnlySpan<bool> covered)
    {
        var sign = logit >= 0 ? 1 : -1;
        var perWord = scratch.PerWord;
        var best = (First: -1, Last: -1);
        var bestSum = 0;
        for (var first = 0; first < scratch.Words.Count; first++)
        {
            var sum = 0;
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

        return best.First < 0
            ? new TextReading(logit, 0, 0)
            : new TextReading(logit, scratch.Words[best.First].Start, scratch.Words[best.Last].End);
    }

    /// <summary>The bucket of the quoted text's n-gram that pushes hardest towards <paramref name="sign"/>; -1 for none.</summary>
    internal int StrongestBucket(string quote, int sign)
    {
        var visitor = new Strongest(quantized, sign);
        NgramFeatures.Walk(NormalizedText.Normalize(quote), [], ref visitor);
        return visitor.Bucket;
    }

    private struct Summing(sbyte[] weights, int[] perWord) : INgramVisitor
    {
        public int Sum;
        public int Count;

        public void Add(int bucket, int word)
        {
            int w = weights[bucket];
            Sum += w;
            Count++;
            perWord[word] += w;
        }
    }

    private struct Strongest(sbyte[] weights, int sign) : INgramVisitor
    {
        public int Bucket = -1;
        private int best;

        public void Add(int bucket, int word)
        {
            if (sign * weights[bucket] > best)
            {
                best = sign * weights[bucket];
                Bucket = bucket;
            }
        }
    }
}

/// <summary>A text model's reading of a note: its log-odds and the span that explains them.</summary>
internal readonly record struct TextReading(double Logit, int From, int To);

/// <summary>Per-thread buffers of a text model's reading: one slot per word of the note.</summary>
internal sealed class TextModelScratch
{
    public List<(int Start, int End)> Words { get; } = [];

    /// <summary>Per word, the sum of its n-grams' quantised weights.</summary>
    public int[] PerWord { get; private set; } = new int[64];

    /// <summary>Per word, whether another finding covers it already.</summary>
    public bool[] Covered { get; private set; } = new bool[64];

    public void Prepare(int length)
    {
        var words = (length / 2) + 1;
        if (PerWord.Length < words)
        {
            PerWord = new int[words];
            Covered = new bool[words];
        }

        Array.Clear(PerWord, 0, words);
    }
}
