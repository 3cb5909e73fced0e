using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Learning;

/// <summary>One labelled note for training, with its weight in the loss.</summary>
public sealed record TrainingNote(string Message, bool Generic, double Weight = 1);

/// <summary>
/// Fits a <see cref="TextModel"/> by full-batch gradient descent on the weighted, L2-regularised logistic loss.
/// Deterministic: the same notes give the same weights, so a committed model can be checked against a refit.
/// </summary>
public static class TextModelTrainer
{
    public static TextModel Train(IReadOnlyList<TrainingNote> notes, double l2 = 1e-5, int iterations = 2000, double learningRate = 8)
    {
        var features = notes.Select(n => Buckets(n.Message)).ToArray();
        var totalWeight = notes.Sum(n => n.Weight);
        var weights = new float[NgramFeatures.Dimensions];
        var gradient = new double[NgramFeatures.Dimensions];
        var bias = 0.0;
        if (totalWeight <= 0)
        {
            return new TextModel(0, weights);
        }

        // Buckets no note uses keep weight 0 under L2, so only the used ones are walked.
        var used = features.SelectMany(f => f.Buckets).Distinct().Order().ToArray();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            foreach (var b in used)
            {
                gradient[b] = 0;
            }

            var biasGradient = 0.0;
            for (var n = 0; n < notes.Count; n++)
            {
                var (buckets, norm) = features[n];
                var z = bias;
                foreach (var b in buckets)
                {
                    z += weights[b] * norm;
                }

                var error = (Sigmoid(z) - (notes[n].Generic ? 1 : 0)) * notes[n].Weight / totalWeight;
                biasGradient += error;
                foreach (var b in buckets)
                {
                    gradient[b] += error * norm;
                }
            }

            bias -= learningRate * biasGradient;
            foreach (var b in used)
            {
                weights[b] -= (float)(learningRate * (gradient[b] + (l2 * weights[b])));
            }
        }

        return new TextModel(bias, weights);
    }

    /// <summary>The note's n-gram buckets and the weight each counts with.</summary>
    internal static (int[] Buckets, double Norm) Buckets(string message)
    {
        var collector = new Collecting([]);
        NgramFeatures.Walk(NormalizedText.Normalize(message), [], ref collector);
        return (collector.Buckets.ToArray(), collector.Buckets.Count == 0 ? 0 : 1 / Math.Sqrt(collector.Buckets.Count));
    }

    internal static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private readonly struct Collecting(List<int> buckets) : INgramVisitor
    {
        public List<int> Buckets => buckets;

        public void Add(int bucket, int word) => buckets.Add(bucket);
    }
}
