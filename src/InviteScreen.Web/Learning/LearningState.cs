using InviteScreen.Scoring;
using InviteScreen.Scoring.Learning;

namespace InviteScreen.Web.Learning;

/// <summary>
/// What the scorer knows of the user right now: their personal weights when their decisions earned them, the model
/// learned from those decisions and their own profile. Swapped whole by <see cref="LearningWorker"/>; every screening
/// scores through it.
/// </summary>
public sealed class LearningState(GenericnessScorer shipped)
{
    private volatile Snapshot current = new(null, null, null, LearningSummary.Nothing);

    public LearnedModel? Model => current.Model;

    public LearningSummary Summary => current.Summary;

    /// <summary>The scorer the user's invitations are scored by: on their personal weights, or as shipped.</summary>
    public GenericnessScorer Scorer => current.Personal ?? shipped;

    /// <summary>Scores a note as the user's inbox does now, with the given history.</summary>
    public ScoreResult Score(InvitationText text, IReadOnlyList<HistoryEvidence> history)
    {
        var snapshot = current;
        return (snapshot.Personal ?? shipped).Score(text, new ScoringContext(history, snapshot.Model, snapshot.Profile));
    }

    internal void Publish(GenericnessScorer? personal, LearnedModel? model, RecipientProfile? profile, LearningSummary summary) =>
        current = new Snapshot(personal, model, profile is { IsEmpty: false } ? profile : null, summary);

    private sealed record Snapshot(GenericnessScorer? Personal, LearnedModel? Model, RecipientProfile? Profile, LearningSummary Summary);
}

/// <summary>
/// How many decisions the model learned from; ROC AUC on them of the engine alone and, cross-validated, of the engine
/// with what it learned (null below ten decisions); the points a learned finding earns per unit of log-odds; when it
/// learned, and how the re-score of untriaged invitations that followed went. <see cref="PersonalWeightsAuc"/> is the
/// held-out AUC on the decisions of the user's personal weights, when they are in use.
/// </summary>
public sealed record LearningSummary(
    int Generic, int Personal, double? EngineAuc, double? CrossValidatedAuc, double? PointsPerLogit, DateTime? LearnedAt, int Rescored, int Changed,
    double? PersonalWeightsAuc = null)
{
    public static readonly LearningSummary Nothing = new(0, 0, null, null, null, null, 0, 0);
}
