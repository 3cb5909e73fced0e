using InviteScreen.Scoring;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Screening;

/// <summary>Scores an invitation against the engine and the user's history, and stores the screening in one transaction.</summary>
public sealed class InvitationScreener(GenericnessScorer scorer, InviteScreenDbContext db, InvitationBatchWriter writer, ScreeningWriteGate gate, Learning.LearningState learning)
{
    /// <summary>Scores the fields exactly as given, so spans index the caller's own text. No history; what the user taught counts.</summary>
    public ScoreResult Score(InvitationInput input) =>
        scorer.Score(new InvitationText(input.SenderName, input.Headline, input.Message), learning.Context([], input.ProfileUrl));

    public async Task<Invitation> ScreenAndStoreAsync(InvitationInput input, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await writer.StoreAsync([new InvitationToStore(input)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome.Stored[0];
    }
}
