namespace InviteScreen.Scoring.Learning;

/// <summary>
/// What one user taught by marking notes generic or personal: a text model over their decisions, calibrated against
/// the engine on those same decisions, and for each n-gram how many marked notes held it, so a finding can say
/// "you marked 6 notes like this as generic".
/// </summary>
public sealed class LearnedModel
{
    /// <summary>The most points a learned finding may earn per unit of log-odds, however sure the calibration.</summary>
    public const double MaxPointsPerLogit = 6;

    /// <summary>Points per unit of log-odds below ten decisions, too few to calibrate against the engine.</summary>
    public const double UncalibratedPointsPerLogit = 4;

    private const int Folds = 5;

    /// <summary>The pull of a rule's shift towards none, and the most points a user's decisions may move a rule.</summary>
    private const double ShiftL2 = 0.5;
    public const int MaxRuleShift = 20;

    private readonly int[] genericNotes;
    private readonly int[] personalNotes;

    private LearnedModel(TextModel model, double pointsPerLogit, int[] rulePointShifts, int[] genericNotes, int[] personalNotes, int generic, int personal, double? engineAuc, double? combinedAuc)
    {
        Model = model;
        RulePointShifts = rulePointShifts;
        PointsPerLogit = pointsPerLogit;
        this.genericNotes = genericNotes;
        this.personalNotes = personalNotes;
        Generic = generic;
        Personal = personal;
        EngineAuc = engineAuc;
        CombinedAuc = combinedAuc;
    }

    /// <summary>The text model over the user's decisions, centred so that an average decided note reads 0.</summary>
    public TextModel Model { get; }

    /// <summary>Points per unit of the model's log-odds: how much the decisions show it adds to the engine (0: nothing).</summary>
    public double PointsPerLogit { get; }

    /// <summary>
    /// By rule, in the order of the scorer's rules: the points the decisions add to or take from the rule's own, e.g.
    /// when this user's generic notes carry "no reason" more often than the fit assumed. Empty below ten decisions.
    /// </summary>
    public IReadOnlyList<int> RulePointShifts { get; }

    public int Generic { get; }
    public int Personal { get; }

    /// <summary>ROC AUC on the decisions of the engine alone, and with the learned model cross-validated; null below ten decisions.</summary>
    public double? EngineAuc { get; }
    public double? CombinedAuc { get; }

    /// <summary>
    /// Learns from the user's decisions; null until they have marked at least one note of each kind.
    /// <paramref name="engineEvidence"/> holds the engine's points for each decided note, without anything learned.
    /// <paramref name="inbox"/>, a sample of the user's stored notes, centres the model on their inbox, so that what it
    /// learned moves notes apart instead of moving them all one way; without it the decisions centre it.
    /// </summary>
    public static LearnedModel? Train(IReadOnlyList<TrainingNote> decisions, IReadOnlyList<int> engineEvidence, IReadOnlyList<string>? inbox = null) =>
        Train(decisions, engineEvidence, [], inbox);

    /// <summary>
    /// As above, with each decided note's hits per rule (in the scorer's rule order), so the decisions also shift the
    /// points of the rules themselves: a few numbers that hold for any sender, where n-grams hold for similar notes.
    /// </summary>
    public static LearnedModel? Train(IReadOnlyList<TrainingNote> decisions, IReadOnlyList<int> engineEvidence, IReadOnlyList<int[]> ruleHits, IReadOnlyList<string>? inbox = null)
    {
        var generic = decisions.Count(d => d.Generic);
        var personal = decisions.Count - generic;
        if (generic == 0 || personal == 0)
        {
            return null;
        }

        // Each kind weighs half: what a user marks more of is no evidence about a new note.
        var balanced = decisions.Select(d => d with { Weight = d.Weight * decisions.Count / (2.0 * (d.Generic ? generic : personal)) }).ToList();
        var heldOut = HeldOutLogits(balanced);
        var centre = heldOut.Average();
        var (pointsPerLogit, shifts, engineAuc, combinedAuc) = Calibrate(decisions, engineEvidence, ruleHits, heldOut, centre);
        var trained = TextModelTrainer.Train(balanced);
        if (inbox is { Count: > 0 })
        {
            centre = inbox.Average(note => trained.Logit(note) - trained.Bias);
        }

        return new LearnedModel(new TextModel(-centre, trained.Weights), pointsPerLogit, shifts, Counts(decisions, generic: true), Counts(decisions, generic: false), generic, personal, engineAuc, combinedAuc);
    }

    /// <summary>How many marked notes of the reading's side held the quote's n-gram that counted most for it.</summary>
    internal int NotesLike(TextReading reading, string quote)
    {
        var sign = reading.Logit >= 0 ? 1 : -1;
        var bucket = quote.Length == 0 ? -1 : Model.StrongestBucket(quote, sign);
        return bucket < 0 ? 0 : (sign > 0 ? genericNotes : personalNotes)[bucket];
    }

    /// <summary>Each decision's log-odds from a model trained on the other folds (by order of decision).</summary>
    private static double[] HeldOutLogits(List<TrainingNote> decisions)
    {
        var logits = new double[decisions.Count];
        if (decisions.Count < Folds)
        {
            return logits;
        }

        for (var fold = 0; fold < Folds; fold++)
        {
            var model = TextModelTrainer.Train([.. decisions.Where((_, i) => i % Folds != fold)]);
            for (var i = fold; i < decisions.Count; i += Folds)
            {
                logits[i] = model.Logit(decisions[i].Message) - model.Bias;
            }
        }

        return logits;
    }

    /// <summary>
    /// A logistic regression of the decisions on the engine's evidence, the held-out learned log-odds and each rule's
    /// hits (pulled towards no shift): the ratios of their weights to the evidence's turn them into the engine's
    /// points. What adds nothing gets nothing.
    /// </summary>
    private static (double PointsPerLogit, int[] Shifts, double? EngineAuc, double? CombinedAuc) Calibrate(
        IReadOnlyList<TrainingNote> decisions, IReadOnlyList<int> evidence, IReadOnlyList<int[]> ruleHits, double[] heldOut, double centre)
    {
        if (decisions.Count < 2 * Folds)
        {
            return (UncalibratedPointsPerLogit, [], null, null);
        }

        // The evidence is standardised so one step size suits every weight; its weight is turned back into points after.
        var rules = ruleHits.Count == decisions.Count && ruleHits.Count > 0 ? ruleHits[0].Length : 0;
        var mean = evidence.Average();
        var spread = Math.Max(1, Math.Sqrt(evidence.Average(e => (e - mean) * (e - mean))));
        var shift = new double[rules];
        var shiftGradient = new double[rules];
        double a = 0, b = 0, c = 0;
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            double ga = 0, gb = 0, gc = 0;
            Array.Clear(shiftGradient);
            for (var i = 0; i < decisions.Count; i++)
            {
                var e = (evidence[i] - mean) / spread;
                var l = heldOut[i] - centre;
                var z = a + (b * e) + (c * l);
                for (var r = 0; r < rules; r++)
                {
                    z += shift[r] * ruleHits[i][r];
                }

                var error = (TextModelTrainer.Sigmoid(z) - (decisions[i].Generic ? 1 : 0)) / decisions.Count;
                ga += error;
                gb += error * e;
                gc += error * l;
                for (var r = 0; r < rules; r++)
                {
                    shiftGradient[r] += error * ruleHits[i][r];
                }
            }

            a -= 0.5 * ga;
            b -= 0.5 * gb;
            c = Math.Max(0, c - (0.5 * gc));
            for (var r = 0; r < rules; r++)
            {
                shift[r] -= 0.5 * (shiftGradient[r] + (ShiftL2 * shift[r]));
            }
        }

        // b is log-odds per standard deviation of evidence: spread / b points are worth one unit of log-odds.
        var pointsPerUnit = b <= 0 ? double.PositiveInfinity : spread / b;
        var pointsPerLogit = c <= 0 ? 0 : Math.Min(MaxPointsPerLogit, c * pointsPerUnit);
        int[] shifts = b <= 0 ? new int[rules] : [.. shift.Select(w => (int)Math.Clamp(Math.Round(w * pointsPerUnit, MidpointRounding.AwayFromZero), -MaxRuleShift, MaxRuleShift))];
        var engineAuc = RocAuc.Of(decisions.Select((d, i) => ((double)evidence[i], d.Generic)));
        var combinedAuc = RocAuc.Of(decisions.Select((d, i) => (evidence[i] + (pointsPerLogit * (heldOut[i] - centre)) + Shifted(shifts, ruleHits, i), d.Generic)));
        return (pointsPerLogit, shifts, engineAuc, combinedAuc);
    }

    private static double Shifted(int[] shifts, IReadOnlyList<int[]> ruleHits, int note)
    {
        var sum = 0.0;
        for (var r = 0; r < shifts.Length; r++)
        {
            sum += shifts[r] * ruleHits[note][r];
        }

        return sum;
    }

    private static int[] Counts(IReadOnlyList<TrainingNote> decisions, bool generic)
    {
        var counts = new int[NgramFeatures.Dimensions];
        foreach (var decision in decisions.Where(d => d.Generic == generic))
        {
            foreach (var bucket in TextModelTrainer.Buckets(decision.Message).Buckets.Distinct())
            {
                counts[bucket]++;
            }
        }

        return counts;
    }
}
