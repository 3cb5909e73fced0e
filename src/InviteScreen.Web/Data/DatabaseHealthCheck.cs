using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InviteScreen.Web.Data;

/// <summary>Healthy when the database answers and takes writes: a read-only or locked file is unhealthy (503).</summary>
internal sealed class DatabaseHealthCheck(InviteScreenDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // A short wait: /health must answer while another process holds the lock. The next open resets it.
            await using (var command = db.Database.GetDbConnection().CreateCommand())
            {
                command.CommandText = "PRAGMA busy_timeout = 1000";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await DatabaseWriteProbe.RunAsync(db.Database.GetDbConnection(), lockWaitSeconds: 1, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (DatabaseFaults.IsTransient(exception))
        {
            DatabaseFaults.Recover(exception);
            return HealthCheckResult.Unhealthy(DatabaseFaults.IsReadOnly(exception)
                ? "The database is read-only: writes fail."
                : "The database is locked by another process: writes wait.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
