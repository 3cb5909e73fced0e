using InviteScreen.Scoring;
using InviteScreen.Scoring.Learning;
using InviteScreen.Scoring.Policy;

namespace InviteScreen.Web.Learning;

/// <summary>
/// What the scorer knows of the user right now: the model learned from their decisions and their own profile.
/// Swapped whole by <see cref="LearningWorker"/>, read by every screening.
/// </summary>
public sealed class LearningState
{
    private volatile Snapshot current = new(null, null, LearningSummary.Nothing);
    private volatile ScreeningPolicy? policy;

    public LearnedModel? Model => current.Model;

    public LearningSummary Summary => current.Summary;

    /// <summary>The context to score a note in, with the given history and the sender's profile URL (for the lists).</summary>
    public ScoringContext Context(IReadOnlyList<HistoryEvidence> history, string? profileUrl = null)
    {
        var snapshot = current;
        return new ScoringContext(history, snapshot.Model, snapshot.Profile, policy, profileUrl);
    }

    /// <summary>The user's allow and block lists and empty-note policy, published by the settings.</summary>
    internal void PublishPolicy(ScreeningPolicy? next) => policy = next;

    internal void Publish(LearnedModel? model, RecipientProfile? profile, LearningSummary summary) =>
        current = new Snapshot(model, profile is { IsEmpty: false } ? profile : null, summary);

    private sealed record Snapshot(LearnedModel? Model, RecipientProfile? Profile, LearningSummary Summary);
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
