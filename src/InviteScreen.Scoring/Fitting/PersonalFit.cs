using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Learning;

namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// A user's own weights: the shipped fit's method run again over the project's corpora and the user's decisions,
/// with the decisions as the measured notes. Kept only when, held out, it ranks the decisions better than the
/// weights the user has now.
/// </summary>
public static class PersonalFit
{
    /// <summary>Below these, a held-out threshold and AUC on the decisions mean little.</summary>
    public const int MinimumDecisions = 20;
    public const int MinimumOfEachKind = 5;

    /// <summary>
    /// Folds of one inbox are not folds by source: held out within an inbox, precision looks higher than it proves on
    /// new senders' notes, so the personal threshold aims above the product's 0.90.
    /// </summary>
    public const double TargetPrecision = 0.95;

    /// <summary>
    /// Fits on the decisions (their <see cref="FitNote.Group"/> the sender, so one sender's notes share a fold);
    /// <paramref name="currentEvidence"/> holds the current engine's evidence on each. Null when there are too few
    /// decisions or the fit does not rank them better.
    /// </summary>
    public static PersonalWeights? Fit(IReadOnlyList<FitNote> decisions, IReadOnlyList<int> currentEvidence, ScoringOptions options)
    {
        var generic = decisions.Count(d => d.Generic);
        if (decisions.Count < MinimumDecisions || generic < MinimumOfEachKind || decisions.Count - generic < MinimumOfEachKind)
        {
            return null;
        }

        var corpus = ProjectCorpus.All;
        var report = WeightsFit.Fit([.. corpus, .. decisions.Select(d => d with { Measured = true })], options, TargetPrecision, "of the user's decisions");
        var heldOutAuc = RocAuc.Of(decisions.Select((d, i) => (report.HeldOutEvidence[corpus.Count + i], d.Generic)));
        var currentAuc = RocAuc.Of(decisions.Select((d, i) => ((double)currentEvidence[i], d.Generic)));
        return heldOutAuc > currentAuc ? new PersonalWeights(report.Weights, heldOutAuc, currentAuc) : null;
    }
}

/// <summary>A personal fit, with ROC AUC on the decisions held out, beside the current engine's on the same decisions.</summary>
public sealed record PersonalWeights(FittedWeights Weights, double HeldOutAuc, double CurrentAuc);
