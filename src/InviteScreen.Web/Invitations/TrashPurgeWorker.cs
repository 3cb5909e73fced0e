using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Invitations;

/// <summary>Empties the trash of what has lain there past <see cref="Trash.RetentionDays"/> days: at start, then every few hours.</summary>
public sealed class TrashPurgeWorker(IServiceScopeFactory scopes, ScreeningWriteGate gate, TimeProvider clock, ILogger<TrashPurgeWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await PurgeExpiredAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Purging the trash failed; it is tried again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
        var purged = await Trash.PurgeAsync(db, gate, clock.GetUtcNow().UtcDateTime.AddDays(-Trash.RetentionDays), cancellationToken);
        if (purged > 0)
        {
            logger.LogInformation("Purged {Count} invitations trashed over {Days} days ago", purged, Trash.RetentionDays);
        }

        return purged;
    }
}
