using System.Globalization;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Learning;

namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// What a fit produced; how its threshold did on the notes it was chosen on; and each note's evidence (log-odds)
/// from the weights fitted on the other folds, in the order of the notes given.
/// </summary>
public sealed record FitReport(FittedWeights Weights, double HeldOutPrecision, double HeldOutRecall, IReadOnlyList<double> HeldOutEvidence);

/// <summary>
/// Fits the score to labelled notes, as SpamAssassin fits its rules' scores:
/// 1. the text model's log-odds for each note come from a model trained on the other folds (by source);
/// 2. a logistic regression over the rules' hits and those log-odds gives each rule, category cap and the text
///    model a weight;
/// 3. the flag threshold is chosen on held-out folds, for flag precision ≥ 0.90 on the measured notes;
/// 4. weights become points, scaled so that the threshold lands on the configured FlagThreshold.
/// The measured notes (real ones, or a user's decisions) weigh as much in the loss as the rest together, so they are
/// not drowned out.
/// </summary>
public static class WeightsFit
{
    public const double PriorPointsPerLogit = 10;
    public const double TargetPrecision = 0.90;
    public const int Folds = 5;

    public static FitReport Fit(IReadOnlyList<FitNote> notes, ScoringOptions options, double targetPrecision = TargetPrecision, string measuredAre = "real notes")
    {
        var catalogue = RuleCatalogue.LoadEmbeddedUnfitted();
        var columns = new RuleColumns(catalogue, PriorPointsPerLogit);
        var ruleScorer = new GenericnessScorer(catalogue, options);
        var weights = NoteWeights(notes);
        var hits = notes.Select(n => columns.Hits(ruleScorer.Score(n.Text))).ToArray();
        var folds = FoldPlan.Assign([.. notes.Select(n => n.Group)], Folds);

        // Each fold's models (and the final text model) train independently, so they run in parallel; the result is
        // the same as one after another.
        var textModels = new TextModel[Folds + 1];
        Parallel.For(0, Folds + 1, fold => textModels[fold] = TrainText(notes, weights, fold == Folds ? _ => true : i => folds[i] != fold));
        var heldOutText = new double[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            heldOutText[i] = textModels[folds[i]].Logit(notes[i].Message);
        }

        var examples = notes.Select((n, i) => new FitExample(hits[i], heldOutText[i], n.Generic, weights[i])).ToArray();
        var pointModels = new PointsModel[Folds];
        Parallel.For(0, Folds, fold => pointModels[fold] = PointsFitter.Fit(columns, [.. examples.Where((_, i) => folds[i] != fold)]));
        var heldOutEvidence = new double[notes.Count];
        Span<bool> clamped = stackalloc bool[columns.Categories.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            var model = pointModels[folds[i]];
            heldOutEvidence[i] = model.Logit(examples[i], clamped) - model.Bias;
        }

        var measured = notes.Any(n => n.Measured) ? Enumerable.Range(0, notes.Count).Where(i => notes[i].Measured).ToList() : [.. Enumerable.Range(0, notes.Count)];
        var (threshold, precision, recall) = ChooseThreshold([.. measured.Select(i => (heldOutEvidence[i], notes[i].Generic))], targetPrecision);

        var final = PointsFitter.Fit(columns, examples);
        // The text model keeps its bias: the score is floored at no evidence, and without the bias most notes with few
        // findings would fall to that floor together, generic and personal alike.
        var text = textModels[Folds];
        var pointsPerLogit = EvidenceToFlag(options) / threshold;
        return new FitReport(ToWeights(final, text, pointsPerLogit, EvidenceToFlag(options), Describe(notes, weights, measuredAre, targetPrecision)), precision, recall, heldOutEvidence);
    }

    /// <summary>The evidence points at which the score reaches the flag threshold.</summary>
    public static double EvidenceToFlag(ScoringOptions options) => -options.Saturation * Math.Log(1 - (options.FlagThreshold / 100.0));


    /// <summary>The lowest evidence whose flags keep the target precision on the held-out notes.</summary>
    private static (double Threshold, double Precision, double Recall) ChooseThreshold(IReadOnlyList<(double Evidence, bool Generic)> heldOut, double targetPrecision)
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
            if (last && precision >= targetPrecision && ordered[i].Evidence > 0)
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

    /// <summary>The other notes weigh 1; the measured notes together weigh as much as the others.</summary>
    private static double[] NoteWeights(IReadOnlyList<FitNote> notes)
    {
        var measured = notes.Count(n => n.Measured);
        var measuredWeight = measured == 0 ? 1 : (notes.Count - measured) / (double)measured;
        return [.. notes.Select(n => n.Measured ? measuredWeight : 1)];
    }

    private static string Describe(IReadOnlyList<FitNote> notes, double[] weights, string measuredAre, double targetPrecision)
    {
        var measured = notes.Count(n => n.Measured);
        var measuredWeight = measured == 0 ? 1 : weights[notes.ToList().FindIndex(n => n.Measured)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{notes.Count - measured} notes of the project's corpora and {measured} {measuredAre} (each weighing {measuredWeight:F2}); threshold for flag precision ≥ {targetPrecision:F2} on {Folds} folds held out by source");
    }

    private static TextModel TrainText(IReadOnlyList<FitNote> notes, double[] weights, Func<int, bool> include) =>
        TextModelTrainer.Train([.. Enumerable.Range(0, notes.Count).Where(include).Select(i => new TrainingNote(notes[i].Message, notes[i].Generic, weights[i]))]);
}
