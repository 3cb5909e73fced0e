using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Learning;

/// <summary>
/// Records what the user says of invitations and asks the worker to learn from it. Reporting an invitation counts
/// as "generic" unless the user said otherwise; un-reporting takes that back. Accepting is no label: people accept
/// generic notes from people they want.
/// </summary>
public sealed class DecisionRecorder(InviteScreenDbContext db, LearningSignal signal, TimeProvider clock)
{
    /// <summary>Marks the invitation; false when there is no such invitation.</summary>
    public async Task<bool> DecideAsync(long id, DecisionLabel label, CancellationToken cancellationToken) =>
        await DecideAsync(id, label, retried: false, cancellationToken);

    private async Task<bool> DecideAsync(long id, DecisionLabel label, bool retried, CancellationToken cancellationToken)
    {
        if (!await db.Invitations.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return false;
        }

        var decision = await db.Decisions.FindAsync([id], cancellationToken);
        if (decision is null)
        {
            db.Decisions.Add(decision = new Decision { InvitationId = id });
        }

        decision.Label = label;
        decision.FromReport = false;
        decision.DecidedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!retried)
        {
            // Two marks of one note at once, or the note deleted meanwhile: look again.
            db.ChangeTracker.Clear();
            return await DecideAsync(id, label, retried: true, cancellationToken);
        }

        signal.Relearn();
        return true;
    }

    /// <summary>Forgets the decision on the invitation; false when there is no such invitation.</summary>
    public async Task<bool> ForgetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await db.Invitations.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return false;
        }

        if (await db.Decisions.Where(d => d.InvitationId == id).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            signal.Relearn();
        }

        return true;
    }

    /// <summary>Applies a triage action, with the decision a report implies, in one transaction.</summary>
    public async Task<int> TriageAsync(TriageAction action, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The model learns only from live invitations: trashing or restoring a decided one changes what it knows.
        var forgotten = action is TriageAction.Delete or TriageAction.Restore ? await db.Decisions.CountAsync(d => ids.Contains(d.InvitationId), cancellationToken) : 0;
        var changed = await Triage.ApplyAsync(db, action, ids, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var implied = forgotten + action switch
        {
            TriageAction.Report => await ImplyGenericAsync(ids, cancellationToken),
            TriageAction.Delete or TriageAction.Restore => 0,
            _ => await db.Decisions.Where(d => ids.Contains(d.InvitationId) && d.FromReport).ExecuteDeleteAsync(cancellationToken),
        };
        await transaction.CommitAsync(cancellationToken);
        if (implied > 0)
        {
            signal.Relearn();
        }

        return changed;
    }

    /// <summary>Forgets every decision: the learned model starts again from nothing.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await db.Decisions.ExecuteDeleteAsync(cancellationToken);
        signal.Relearn();
    }

    private async Task<int> ImplyGenericAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var undecided = await db.Invitations.Where(i => ids.Contains(i.Id) && !db.Decisions.Any(d => d.InvitationId == i.Id))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Decisions.AddRange(undecided.Select(id => new Decision { InvitationId = id, Label = DecisionLabel.Generic, FromReport = true, DecidedAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        return undecided.Count;
    }
}
