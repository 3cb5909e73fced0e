using System.Globalization;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Learning;

namespace InviteScreen.Training;

/// <summary>What a fit produced, and how its threshold did on the notes it was chosen on (held out).</summary>
public sealed record FitReport(FittedWeights Weights, double HeldOutPrecision, double HeldOutRecall);

/// <summary>
/// Fits the score to labelled notes, as SpamAssassin fits its rules' scores:
/// 1. the text model's log-odds for each note come from a model trained on the other folds (by source);
/// 2. a logistic regression over the rules' hits and those log-odds gives each rule, category cap and the text
///    model a weight;
/// 3. the flag threshold is chosen on held-out folds, for flag precision ≥ 0.90 on real notes;
/// 4. weights become points, scaled so that the threshold lands on the configured FlagThreshold.
/// The real corpus weighs as much in the loss as all of ours together, so it is not drowned out.
/// </summary>
public static class ScoreFit
{
    public const double PriorPointsPerLogit = 10;
    public const double TargetPrecision = 0.90;
    public const int Folds = 5;

    public static FitReport Fit(IReadOnlyList<LabelledNote> labelled, ScoringOptions options)
    {
        var notes = labelled.Where(n => n.IsDecided).ToList();
        var catalogue = RuleCatalogue.LoadEmbeddedUnfitted();
        var columns = new RuleColumns(catalogue, PriorPointsPerLogit);
        var ruleScorer = new GenericnessScorer(catalogue, options);
        var weights = NoteWeights(notes);
        var hits = notes.Select(n => columns.Hits(ruleScorer.Score(n.ToText()))).ToArray();
        var folds = FoldPlan.Assign(notes, Folds);

        var heldOutText = new double[notes.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = TrainText(notes, weights, i => folds[i] != fold);
            ForEach(notes.Count, i => folds[i] == fold, i => heldOutText[i] = model.Logit(notes[i].Message));
        }

        var examples = notes.Select((n, i) => new FitExample(hits[i], heldOutText[i], n.IsGeneric, weights[i])).ToArray();
        var heldOutEvidence = new double[notes.Count];
        Span<bool> clamped = stackalloc bool[columns.Categories.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = PointsFitter.Fit(columns, [.. examples.Where((_, i) => folds[i] != fold)]);
            for (var i = 0; i < notes.Count; i++)
            {
                if (folds[i] == fold)
                {
                    heldOutEvidence[i] = model.Logit(examples[i], clamped) - model.Bias;
                }
            }
        }

        var measured = notes.Any(n => n.Real) ? Enumerable.Range(0, notes.Count).Where(i => notes[i].Real).ToList() : [.. Enumerable.Range(0, notes.Count)];
        var (threshold, precision, recall) = ChooseThreshold([.. measured.Select(i => (heldOutEvidence[i], notes[i].IsGeneric))]);

        var final = PointsFitter.Fit(columns, examples);
        // The text model keeps its bias: the score is floored at no evidence, and without the bias most notes with few
        // findings would fall to that floor together, generic and personal alike.
        var text = TrainText(notes, weights, _ => true);
        var pointsPerLogit = EvidenceToFlag(options) / threshold;
        return new FitReport(ToWeights(final, text, pointsPerLogit, EvidenceToFlag(options), Describe(notes, weights)), precision, recall);
    }

    /// <summary>The evidence points at which the score reaches the flag threshold.</summary>
    public static double EvidenceToFlag(ScoringOptions options) => -options.Saturation * Math.Log(1 - (options.FlagThreshold / 100.0));


    /// <summary>The lowest evidence whose flags keep precision ≥ 0.90 on the held-out notes.</summary>
    private static (double Threshold, double Precision, double Recall) ChooseThreshold(IReadOnlyList<(double Evidence, bool Generic)> heldOut)
    {
        var ordered = heldOut.OrderByDescending(h => h.Evidence).ToList();
        var positives = ordered.Count(h => h.Generic);
        var best = (Threshold: ordered[0].Evidence, Precision: 1.0, Recall: 0.0);
        var tp = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            tp += ordered[i].Generic ? 1 : 0;
            var last = i + 1 == ordered.Count || ordered[i + 1].Evidence < ordered[i].Evidence;
            var precision = tp / (double)(i + 1);
            if (last && precision >= TargetPrecision && ordered[i].Evidence > 0)
            {
                best = (ordered[i].Evidence, precision, tp / (double)Math.Max(1, positives));
            }
        }

        return best;
    }

    /// <summary>The most of the flag's evidence the text model may supply either way.</summary>
    public const double TextShareOfFlag = 0.8;

    private static FittedWeights ToWeights(PointsModel model, TextModel text, double pointsPerLogit, double evidenceToFlag, string fittedOn)
    {
        var weights = new FittedWeights { FittedOn = fittedOn, TextModel = FittedTextModel.From(text, model.TextWeight * pointsPerLogit) };
        var columns = model.Columns;
        for (var r = 0; r < columns.Rules.Count; r++)
        {
            weights.RulePoints[columns.Rules[r].Id] = Math.Clamp((int)Math.Round(model.RuleWeights[r] * pointsPerLogit, MidpointRounding.AwayFromZero), -100, 100);
        }

        for (var k = 0; k < columns.Categories.Count; k++)
        {
            if (!columns.IsFitted(k))
            {
                continue;
            }

            var cap = double.IsInfinity(model.Caps[k]) ? 100 : Math.Clamp((int)Math.Round(model.Caps[k] * pointsPerLogit, MidpointRounding.AwayFromZero), 1, 100);
            if (columns.IsText(k))
            {
                // The text model alone never flags a note: the rules keep their say.
                cap = Math.Min(cap, (int)(TextShareOfFlag * evidenceToFlag));
            }

            weights.CategoryCaps[columns.Categories[k].Id] = columns.Categories[k].Credit ? -cap : cap;
        }

        return weights;
    }

    /// <summary>Our notes weigh 1; real notes together weigh as much as ours.</summary>
    private static double[] NoteWeights(List<LabelledNote> notes)
    {
        var real = notes.Count(n => n.Real);
        var realWeight = real == 0 ? 1 : (notes.Count - real) / (double)real;
        return [.. notes.Select(n => n.Real ? realWeight : 1)];
    }

    private static string Describe(List<LabelledNote> notes, double[] weights)
    {
        var real = notes.Count(n => n.Real);
        var realWeight = real == 0 ? 1 : weights[notes.FindIndex(n => n.Real)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{notes.Count - real} notes of the project's corpora and {real} real notes (each weighing {realWeight:F2}); threshold for flag precision ≥ {TargetPrecision:F2} on {Folds} folds held out by source");
    }

    private static TextModel TrainText(List<LabelledNote> notes, double[] weights, Func<int, bool> include) =>
        TextModelTrainer.Train([.. Enumerable.Range(0, notes.Count).Where(include).Select(i => new TrainingNote(notes[i].Message, notes[i].IsGeneric, weights[i]))]);

    private static void ForEach(int count, Func<int, bool> where, Action<int> action)
    {
        for (var i = 0; i < count; i++)
        {
            if (where(i))
            {
                action(i);
            }
        }
    }
}
