using Microsoft.Data.Sqlite;

namespace InviteScreen.Web.Data;

/// <summary>
/// Database errors that pass: another process holds the write lock (busy, locked), or the file was read-only for
/// a while. They earn a 503 with Retry-After, a retry of an import batch, never a bare 500.
/// </summary>
public static class DatabaseFaults
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;

    public static bool IsTransient(Exception? exception) => Find(exception) is { SqliteErrorCode: Busy or Locked or ReadOnly };

    public static bool IsReadOnly(Exception? exception) => Find(exception) is { SqliteErrorCode: ReadOnly };

    /// <summary>Seconds worth waiting: a lock passes quickly, a read-only file needs someone to act.</summary>
    public static int RetryAfterSeconds(Exception? exception) => IsReadOnly(exception) ? 30 : 5;

    /// <summary>
    /// A connection SQLite opened while the file was read-only stays read-only for good; pooled, it would fail
    /// every later write. Dropping the idle pooled connections makes the next one open the file read-write again.
    /// </summary>
    public static void Recover(Exception? exception)
    {
        if (IsReadOnly(exception))
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static SqliteException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return sqlite;
            }
        }

        return null;
    }
}
