using System.Security.Cryptography;
using System.Text;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InviteScreen.Web.Screening;

/// <summary>
/// The one write path for invitations: scores each against the engine and the history (earlier batches and
/// earlier notes of this batch), stores it, and raises earlier template copies — all in the caller's transaction.
/// </summary>
public sealed class InvitationBatchWriter(GenericnessScorer scorer, InviteScreenDbContext db, TemplateHistory templates, TimeProvider clock)
{
    public async Task<BatchOutcome> StoreAsync(IReadOnlyList<InvitationToStore> batch, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Store a batch inside a transaction, so it lands whole or not at all.");
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = await WithoutStoredAsync([.. batch.Select(Prepared.From)], cancellationToken);
        var history = await templates.BeginBatchAsync(fresh.Select(p => p.Fingerprint), cancellationToken);
        var stored = new List<Invitation>(fresh.Count);
        await using var rows = new InvitationRows(transaction);
        foreach (var p in fresh)
        {
            var match = await history.MatchAsync(p.Fingerprint, p.SenderKey, cancellationToken);
            var result = scorer.Score(p.Text, TemplateHistory.Evidence(match.OtherSenders, match.SameSenderRepeats));
            var invitation = new Invitation
            {
                SenderName = p.Text.SenderName!,
                Headline = p.Text.Headline!,
                ProfileUrl = p.ProfileUrl,
                Message = p.Text.Message!,
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

        await rows.FlushAsync(cancellationToken);
        await history.RescoreGrownGroupsAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new BatchOutcome(stored, batch.Count - fresh.Count);
    }

    /// <summary>Drops invitations whose natural key is stored already or came earlier in the batch.</summary>
    private async Task<List<Prepared>> WithoutStoredAsync(List<Prepared> batch, CancellationToken cancellationToken)
    {
        var keys = batch.Select(p => p.ImportKey).OfType<string>().ToList();
        var seen = keys.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await db.Invitations.Where(i => i.ImportKey != null && EF.Parameter(keys).Contains(i.ImportKey)).Select(i => i.ImportKey!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. batch.Where(p => p.ImportKey is null || seen.Add(p.ImportKey))];
    }

    /// <summary>The stored form: fields trimmed, so stored spans index stored text.</summary>
    private sealed record Prepared(InvitationToStore Item, InvitationText Text, string? ProfileUrl, string SenderKey, TemplateFingerprint? Fingerprint, string? ImportKey)
    {
        public static Prepared From(InvitationToStore item)
        {
            var input = item.Input;
            var profileUrl = string.IsNullOrWhiteSpace(input.ProfileUrl) ? null : input.ProfileUrl.Trim();
            var text = new InvitationText(input.SenderName?.Trim() ?? "", input.Headline?.Trim() ?? "", input.Message?.Trim() ?? "");
            return new Prepared(item, text, profileUrl, Screening.SenderKey.For(text.SenderName, text.Headline, profileUrl), TemplateFingerprint.Compute(text.Message), NaturalKey(text, item.SentAt));
        }

        private static string? NaturalKey(InvitationText text, DateTime? sentAt) => sentAt is not { } sent
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{text.SenderName}\u001f{sent:yyyy-MM-ddTHH:mm:ss}\u001f{text.Message}")));
    }
}
