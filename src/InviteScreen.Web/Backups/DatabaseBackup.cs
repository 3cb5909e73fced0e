using InviteScreen.Web.Data;
using Microsoft.Data.Sqlite;

namespace InviteScreen.Web.Backups;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of the database, taken with SQLite's <c>VACUUM INTO</c> inside one read
/// transaction, so it is safe while the app runs and writes. <c>restore &lt;file&gt;</c>: checks the copy, keeps the
/// current database beside it, puts the copy in its place; refused while the app runs.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<int> BackupAsync(DatabaseFile database, string target, TextWriter output)
    {
        var path = Path.GetFullPath(target);
        if (File.Exists(path))
        {
            output.WriteLine($"Backup refused: {path} already exists; choose a new file name.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var connection = Open(database.Path, SqliteOpenMode.ReadOnly);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", path);
        await command.ExecuteNonQueryAsync();
        output.WriteLine($"Backed up {database.Path} to {path} ({new FileInfo(path).Length / 1024d / 1024d:0.0} MB).");
        return 0;
    }

    public static async Task<int> RestoreAsync(DatabaseFile database, string source, TextWriter output)
    {
        var path = Path.GetFullPath(source);
        if (RunningInstance.IsRunning(database))
        {
            output.WriteLine($"Restore refused: InviteScreen is running on {database.Path}. Stop it, then restore again.");
            return 1;
        }

        if (await ProblemWithAsync(path) is { } problem)
        {
            output.WriteLine($"Restore refused: {path} {problem}");
            return 1;
        }

        SqliteConnection.ClearAllPools();
        string? kept = null;
        if (File.Exists(database.Path))
        {
            // The current database, checkpointed into one file, stays beside the restored one until the owner deletes it.
            kept = $"{database.Path}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}";
            await BackupAsync(database, kept, TextWriter.Null);
        }

        var incoming = database.Path + ".restoring";
        File.Copy(path, incoming, overwrite: true);
        foreach (var sidecar in new[] { "-wal", "-shm" })
        {
            File.Delete(database.Path + sidecar);
        }

        File.Move(incoming, database.Path, overwrite: true);
        output.WriteLine($"Restored {database.Path} from {path}." + (kept is null ? "" : $" The previous database is kept as {kept}."));
        return 0;
    }

    /// <summary>Why the file cannot be restored, or null: it must be an intact SQLite file with InviteScreen's tables.</summary>
    private static async Task<string?> ProblemWithAsync(string path)
    {
        if (!File.Exists(path))
        {
            return "does not exist.";
        }

        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            if (await command.ExecuteScalarAsync() is not "ok")
            {
                return "is damaged (SQLite's integrity check failed).";
            }

            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'Invitations')";
            return await command.ExecuteScalarAsync() is 2L ? null : "is not an InviteScreen database.";
        }
        catch (SqliteException exception)
        {
            return $"is not a readable SQLite database ({exception.Message}).";
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
