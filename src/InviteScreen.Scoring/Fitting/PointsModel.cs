namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// The score's structure in log-odds: each rule's weight times its hits, summed per category and clamped to the
/// category's cap, plus the text model's log-odds times <see cref="TextWeight"/>, clamped to the cap of the text
/// category of its sign. The engine computes the same sum in points, <see cref="WeightsFit"/> times this.
/// </summary>
internal sealed class PointsModel(RuleColumns columns)
{
    public RuleColumns Columns => columns;
    public double Bias { get; set; }
    public double[] RuleWeights { get; } = [.. columns.Rules.Select(r => r.Prior)];
    public double TextWeight { get; set; }

    /// <summary>Per category, the largest magnitude it may add; infinity for none.</summary>
    public double[] Caps { get; } = [.. columns.Categories.Select(c => c.PriorCap)];

    public double Logit(FitExample example, Span<bool> clamped)
    {
        var z = Bias;
        Span<double> sums = stackalloc double[columns.Categories.Count];
        foreach (var r in example.Fired)
        {
            sums[columns.Rules[r].Category] += RuleWeights[r] * example.RuleHits[r];
        }

        var text = TextWeight * example.TextLogit;
        sums[text >= 0 ? columns.TextMassCategory : columns.TextPersonalCategory] += text;
        for (var k = 0; k < sums.Length; k++)
        {
            var limited = Math.Clamp(sums[k], -Caps[k], Caps[k]);
            clamped[k] = limited != sums[k];
            z += limited;
        }

        return z;
    }

    /// <summary>Weighted mean logistic loss.</summary>
    public double Loss(IReadOnlyList<FitExample> examples)
    {
        Span<bool> clamped = stackalloc bool[columns.Categories.Count];
        var loss = 0.0;
        var total = 0.0;
        foreach (var e in examples)
        {
            var z = Logit(e, clamped);
            loss += e.Weight * (Math.Log(1 + Math.Exp(-Math.Abs(z))) + Math.Max(0, e.Generic ? -z : z));
            total += e.Weight;
        }

        return loss / total;
    }
}
