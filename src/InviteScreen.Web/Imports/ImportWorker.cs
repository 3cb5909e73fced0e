using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Imports;

/// <summary>Runs queued imports one at a time; on start-up it first resumes the jobs a stop or crash left unfinished.</summary>
public sealed class ImportWorker(IServiceScopeFactory scopes, ImportQueue queue, ILogger<ImportWorker> logger, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        foreach (var jobId in await UnfinishedAsync(stoppingToken))
        {
            logger.LogInformation("Resuming import {JobId}", jobId);
            await RunAsync(jobId, stoppingToken);
        }

        await foreach (var jobId in queue.ReadAllAsync(stoppingToken))
        {
            await RunAsync(jobId, stoppingToken);
        }
    }

    private async Task<List<long>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
        return await db.ImportJobs.Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running)
            .OrderBy(j => j.Id).Select(j => j.Id).ToListAsync(cancellationToken);
    }

    private async Task RunAsync(long jobId, CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            if (await TryRunAsync(jobId, stoppingToken) is not { } busy)
            {
                return;
            }

            // The failed batch rolled back whole; the job resumes after its last committed batch, its upload kept.
            DatabaseFaults.Recover(busy);
            var wait = TimeSpan.FromSeconds(Math.Min(30, 2 * attempt));
            logger.LogWarning("Import {JobId} paused: the database is busy or read-only ({Reason}); retrying in {Seconds} s", jobId, busy.GetBaseException().Message, wait.TotalSeconds);
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs the job; returns the error when the database was busy or read-only, so the job should be retried.</summary>
    private async Task<Exception?> TryRunAsync(long jobId, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InvitationImporter>().RunAsync(jobId, stoppingToken);
            logger.LogInformation("Import {JobId} finished", jobId);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the job stays Running and resumes at the next start.
        }
        catch (Exception exception) when (DatabaseFaults.IsTransient(exception))
        {
            return exception;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Import {JobId} failed", jobId);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ImportStatus.Failed)
                .SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Error, $"The import stopped unexpectedly ({exception.GetType().Name}); rows imported so far are kept. Details are in the server log."), CancellationToken.None);

            // A failed job is not resumed, so its upload would only fill the disk; a re-upload imports the rest.
            if (await db.ImportJobs.FindAsync([jobId], CancellationToken.None) is { } job)
            {
                File.Delete(scope.ServiceProvider.GetRequiredService<ImportFiles>().PathOf(job));
            }
        }

        return null;
    }
}
