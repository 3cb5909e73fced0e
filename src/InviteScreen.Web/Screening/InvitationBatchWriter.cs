using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InviteScreen.Web.Screening;

/// <summary>
/// The one write path for invitations: scores each against the engine and the history (earlier batches and
/// earlier notes of this batch), stores it, and raises earlier template copies — all in the caller's transaction.
/// </summary>
public sealed class InvitationBatchWriter(GenericnessScorer scorer, InviteScreenDbContext db, TemplateHistory templates, Learning.LearningState learning, TimeProvider clock)
{
    public Task<BatchOutcome> StoreAsync(IReadOnlyList<InvitationToStore> batch, CancellationToken cancellationToken) =>
        StoreAsync([.. batch.Select(PreparedInvitation.From)], cancellationToken);

    public async Task<BatchOutcome> StoreAsync(List<PreparedInvitation> batch, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Store a batch inside a transaction, so it lands whole or not at all.");
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = await WithoutStoredAsync(batch, cancellationToken);
        var history = await templates.BeginBatchAsync(fresh.Select(p => p.Fingerprint), cancellationToken);
        var stored = new List<Invitation>(fresh.Count);
        await using var rows = new InvitationRows(transaction);
        foreach (var p in fresh)
        {
            var match = await history.MatchAsync(p.Fingerprint, p.SenderKey, cancellationToken);
            var result = scorer.Score(p.Text, learning.Context(TemplateHistory.Evidence(match.OtherSenders, match.SameSenderRepeats), p.ProfileUrl));
            var invitation = new Invitation
            {
                SenderName = p.Text.SenderName!,
                Headline = p.Text.Headline!,
                ProfileUrl = p.ProfileUrl,
                Message = p.Text.Message!,
                MutualConnections = p.Item.Input.MutualConnections,
                SenderKey = p.SenderKey,
                Status = p.Item.Status,
                ScreenedAt = p.Item.ScreenedAt ?? now,
                SentAt = p.Item.SentAt,
                ImportKey = p.ImportKey,
                Fingerprint = p.Fingerprint?.SignatureBytes(),
                TemplateGroupId = match.GroupId,
                MassTemplateSenders = match.OtherSenders,
                SameSenderRepeats = match.SameSenderRepeats,
                Findings = [.. result.Findings.Select(InvitationFinding.From)],
            };
            invitation.ApplyScore(result);
            await rows.InsertAsync(invitation, p.Fingerprint, cancellationToken);
            await history.RecordAsync(invitation.Id, p.SenderKey, p.Fingerprint, match, cancellationToken);
            stored.Add(invitation);
        }

        rows.Flush();
        await history.RescoreGrownGroupsAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new BatchOutcome(stored, batch.Count - fresh.Count);
    }

    /// <summary>Drops invitations whose natural key is stored already or came earlier in the batch.</summary>
    private async Task<List<PreparedInvitation>> WithoutStoredAsync(List<PreparedInvitation> batch, CancellationToken cancellationToken)
    {
        var keys = batch.Select(p => p.ImportKey).OfType<string>().ToList();
        var seen = keys.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await db.Invitations.IgnoreQueryFilters().Where(i => i.ImportKey != null && EF.Parameter(keys).Contains(i.ImportKey)).Select(i => i.ImportKey!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. batch.Where(p => p.ImportKey is null || seen.Add(p.ImportKey))];
    }
}
