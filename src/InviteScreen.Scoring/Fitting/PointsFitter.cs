namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// Fits a <see cref="PointsModel"/>: projected gradient descent on the weighted logistic loss, with an L2 pull
/// towards the hand-set points (a rule that rarely fires keeps roughly its prior), then a search for each
/// category's cap among the sums the category reaches, then a refit under those caps.
/// </summary>
internal static class PointsFitter
{
    private const double L2 = 0.001;
    private const int Iterations = 1500;
    private const double LearningRate = 0.5;

    public static PointsModel Fit(RuleColumns columns, IReadOnlyList<FitExample> examples)
    {
        var model = new PointsModel(columns);
        model.Caps[columns.TextMassCategory] = Math.Min(model.Caps[columns.TextMassCategory], RuleColumns.MaxTextLogit);
        model.Caps[columns.TextPersonalCategory] = Math.Min(model.Caps[columns.TextPersonalCategory], RuleColumns.MaxTextLogit);
        Descend(model, examples);
        for (var k = 0; k < columns.Categories.Count; k++)
        {
            SearchCap(model, k, examples);
        }

        Descend(model, examples);
        return model;
    }

    private static void Descend(PointsModel model, IReadOnlyList<FitExample> examples)
    {
        var columns = model.Columns;
        var total = examples.Sum(e => e.Weight);
        var gradient = new double[model.RuleWeights.Length];
        Span<bool> clamped = stackalloc bool[columns.Categories.Count];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            var biasGradient = 0.0;
            var textGradient = 0.0;
            foreach (var e in examples)
            {
                var z = model.Logit(e, clamped);
                var error = (Sigmoid(z) - (e.Generic ? 1 : 0)) * e.Weight / total;
                biasGradient += error;
                foreach (var r in e.Fired)
                {
                    if (!clamped[columns.Rules[r].Category])
                    {
                        gradient[r] += error * e.RuleHits[r];
                    }
                }

                var textCategory = model.TextWeight * e.TextLogit >= 0 ? columns.TextMassCategory : columns.TextPersonalCategory;
                if (!clamped[textCategory])
                {
                    textGradient += error * e.TextLogit;
                }
            }

            model.Bias -= LearningRate * biasGradient;
            for (var r = 0; r < gradient.Length; r++)
            {
                var pulled = gradient[r] + (L2 * (model.RuleWeights[r] - columns.Rules[r].Prior));
                model.RuleWeights[r] = columns.Signed(r, model.RuleWeights[r] - (LearningRate * pulled));
            }

            model.TextWeight = Math.Max(0, model.TextWeight - (LearningRate * (textGradient + (L2 * model.TextWeight))));
        }
    }

    /// <summary>Tries no cap and the sums the category reaches on the notes; keeps the one with the least loss.</summary>
    private static void SearchCap(PointsModel model, int category, IReadOnlyList<FitExample> examples)
    {
        var reached = examples.Select(e => CategorySum(model, category, e)).Where(s => s > 0).Order().ToArray();
        if (reached.Length == 0)
        {
            return;
        }

        var limit = model.Columns.IsText(category) ? RuleColumns.MaxTextLogit : double.PositiveInfinity;
        var candidates = Enumerable.Range(1, 10).Select(q => reached[(reached.Length - 1) * q / 10]).Append(double.PositiveInfinity)
            .Select(c => Math.Min(c, limit)).Distinct();
        var best = (Cap: model.Caps[category], Loss: model.Loss(examples));
        foreach (var cap in candidates)
        {
            model.Caps[category] = cap;
            var loss = model.Loss(examples);
            if (loss < best.Loss - 1e-9)
            {
                best = (cap, loss);
            }
        }

        model.Caps[category] = best.Cap;
    }

    private static double CategorySum(PointsModel model, int category, FitExample e)
    {
        var columns = model.Columns;
        var sum = 0.0;
        foreach (var r in e.Fired)
        {
            if (columns.Rules[r].Category == category)
            {
                sum += model.RuleWeights[r] * e.RuleHits[r];
            }
        }

        var text = model.TextWeight * e.TextLogit;
        if (category == (text >= 0 ? columns.TextMassCategory : columns.TextPersonalCategory))
        {
            sum += text;
        }

        return Math.Abs(sum);
    }

    internal static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
