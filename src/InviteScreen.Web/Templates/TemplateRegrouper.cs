using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>
/// Rebuilds every template group with today's clustering, as if the notes arrived again in the order they were
/// stored, then re-scores the notes whose group's sender count changed, saying why in their score history.
/// Each batch commits with its progress (<see cref="TemplateRegroupState"/>), so a stopped regroup resumes.
/// </summary>
public sealed class TemplateRegrouper(IServiceProvider services, ScreeningWriteGate gate, TemplateRescoreMemory rescored, TemplateRepresentatives representatives)
{
    public const int BatchSize = 1_000;

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken, int batchSize = BatchSize)
    {
        while (await StepAsync(output, batchSize, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        rescored.Clear();
        output.WriteLine("Template groups rebuilt.");
    }

    /// <summary>Whether a regroup is due: the database has notes grouped by an older version.</summary>
    public static Task<bool> IsDueAsync(InviteScreenDbContext db, CancellationToken cancellationToken) =>
        db.TemplateRegroups.AnyAsync(cancellationToken);

    /// <summary>One committed batch; false when the regroup is finished.</summary>
    private async Task<bool> StepAsync(TextWriter output, int batchSize, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
        await using var transaction = await BatchTransaction.BeginAsync(db.Database, cancellationToken);
        var state = await db.TemplateRegroups.FindAsync([TemplateRegroupState.SingletonId], cancellationToken);
        if (state is null)
        {
            state = new TemplateRegroupState { Phase = RegroupPhase.Pending, StartedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime };
            db.TemplateRegroups.Add(state);
        }

        var more = state.Phase switch
        {
            RegroupPhase.Pending => await StartAsync(db, state, cancellationToken),
            RegroupPhase.Grouping => await GroupBatchAsync(scope.ServiceProvider, db, state, batchSize, cancellationToken),
            _ => await new TemplateRegroupRescoring(scope.ServiceProvider.GetRequiredService<TemplateHistory>(), db, scope.ServiceProvider.GetRequiredService<TimeProvider>())
                .RescoreBatchAsync(state, batchSize, cancellationToken),
        };
        if (!more)
        {
            db.TemplateRegroups.Remove(state);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        output.WriteLine(more ? $"  {state.Phase}: done up to invitation {state.LastInvitationId:N0}" : "  Re-scoring: done");
        return more;
    }

    private async Task<bool> StartAsync(InviteScreenDbContext db, TemplateRegroupState state, CancellationToken cancellationToken)
    {
        representatives.Clear();
        await db.Invitations.Where(i => i.TemplateGroupId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TemplateGroupId, (long?)null), cancellationToken);
        state.Phase = RegroupPhase.Grouping;
        state.LastInvitationId = 0;
        return true;
    }

    /// <summary>The next notes in id order, matched against the notes before them; their index keys are brought up to date too.</summary>
    private static async Task<bool> GroupBatchAsync(IServiceProvider scoped, InviteScreenDbContext db, TemplateRegroupState state, int batchSize, CancellationToken cancellationToken)
    {
        var last = state.LastInvitationId;
        var notes = await db.Invitations.Where(i => i.Id > last && i.Fingerprint != null).OrderBy(i => i.Id).Take(batchSize)
            .Select(i => new { i.Id, i.SenderKey, i.Message }).ToListAsync(cancellationToken);
        if (notes.Count == 0)
        {
            state.Phase = RegroupPhase.Rescoring;
            state.LastInvitationId = 0;
            return true;
        }

        var fingerprints = notes.Select(n => TemplateFingerprint.Compute(n.Message)).ToList();
        var batch = await scoped.GetRequiredService<TemplateHistory>().BeginBatchAsync(fingerprints, cancellationToken, before: notes[0].Id);
        for (var n = 0; n < notes.Count; n++)
        {
            var (note, fingerprint) = (notes[n], fingerprints[n]);
            var match = await batch.MatchAsync(fingerprint, note.SenderKey, cancellationToken);
            if (match.GroupId is { } group)
            {
                await db.Database.ExecuteSqlAsync($"UPDATE Invitations SET TemplateGroupId = {group} WHERE Id = {note.Id}", cancellationToken);
            }

            await batch.RecordAsync(note.Id, note.SenderKey, fingerprint, match, cancellationToken);
            foreach (var key in fingerprint?.BandKeys.Distinct() ?? [])
            {
                await db.Database.ExecuteSqlAsync($"INSERT OR IGNORE INTO TemplateBands (Key, InvitationId) VALUES ({key}, {note.Id})", cancellationToken);
            }
        }

        batch.ForgetGrownGroups();
        state.LastInvitationId = notes[^1].Id;
        return true;
    }
}
