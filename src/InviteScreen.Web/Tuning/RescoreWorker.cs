using InviteScreen.Web.Data;
using InviteScreen.Web.Learning;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tuning;

/// <summary>
/// Runs re-scores of the history in batches, each committed with the job's progress (the last invitation done),
/// so a restart continues where it stopped.
/// </summary>
public sealed class RescoreWorker(
    IServiceScopeFactory scopes, RescoreQueue queue, ScorerState scorers, LearningState learning, LearningSignal relearning, ScreeningWriteGate gate,
    TimeProvider clock, ILogger<RescoreWorker> logger) : BackgroundService
{
    private const int Batch = 500;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await NextBatchAsync(stoppingToken))
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A busy database or a purge passes; the job stays unfinished, so it is tried again shortly.
                logger.LogError(e, "A re-score batch failed; it is retried in {Seconds} s", RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, clock, stoppingToken);
                continue;
            }

            await queue.WaitAsync(stoppingToken);
        }
    }

    /// <summary>Re-scores one batch of the oldest unfinished job; false when none is left.</summary>
    private async Task<bool> NextBatchAsync(CancellationToken cancellationToken)
    {
        // What was learned must match the rules in force before it scores anything.
        await relearning.WhenIdleAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
        using var _ = await gate.EnterAsync(cancellationToken);
        var job = await db.RescoreJobs.Where(j => j.State == RescoreState.Queued || j.State == RescoreState.Running).OrderBy(j => j.Id).FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return false;
        }

        var batch = await db.Invitations.Where(i => i.Id > job.LastInvitationId).OrderBy(i => i.Id).Take(Batch).Include(i => i.Findings).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var scorer = scorers.Current;
        job.State = RescoreState.Running;
        foreach (var invitation in batch)
        {
            job.Changed += StoredRescore.Apply(db, scorer, learning, invitation, job.Reason, now) ? 1 : 0;
        }

        job.Processed += batch.Count;
        if (batch.Count == 0)
        {
            job.State = RescoreState.Done;
            job.FinishedAt = now;
            job.Total = job.Processed;
            logger.LogInformation("Re-score {Job} done: {Processed} invitations, {Changed} changed", job.Id, job.Processed, job.Changed);
        }
        else
        {
            job.LastInvitationId = batch[^1].Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
