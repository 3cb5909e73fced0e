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
        }
    }
}
