using InviteScreen.Web.Data;

namespace InviteScreen.Web.Backups;

/// <summary>
/// While the web server runs it holds an exclusive lock on a file beside the database, so a restore can tell that
/// the app is running and refuse, instead of replacing the file under it.
/// </summary>
internal sealed class RunningInstance(DatabaseFile database, ILogger<RunningInstance> logger) : IHostedService, IDisposable
{
    private FileStream? held;

    public static string LockPathOf(DatabaseFile database) => database.Path + ".running";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            held = Open(database);
        }
        catch (IOException)
        {
            // Not a reason to stay down; the lock only guards restores.
            logger.LogWarning("Another InviteScreen already runs on {Path}; two instances on one database are not supported.", database.Path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        held?.Dispose();
        held = null;
    }

    /// <summary>True while a running app holds the lock.</summary>
    public static bool IsRunning(DatabaseFile database)
    {
        try
        {
            using var probe = Open(database);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static FileStream Open(DatabaseFile database) =>
        new(LockPathOf(database), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}
