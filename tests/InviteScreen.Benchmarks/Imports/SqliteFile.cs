using Microsoft.Data.Sqlite;

namespace InviteScreen.Benchmarks.Imports;

/// <summary>Looks into an app's database file directly, as an operator with sqlite3 would.</summary>
public static class SqliteFile
{
    public static T Query<T>(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string IntegrityCheck(string path) => Query<string>(path, "PRAGMA integrity_check");

    public static int Invitations(string path) => Query<int>(path, "SELECT COUNT(*) FROM Invitations");

    /// <summary>Stored invitations that share a natural key with another: should always be 0.</summary>
    public static int DuplicateImportKeys(string path) =>
        Query<int>(path, "SELECT COUNT(*) - COUNT(DISTINCT ImportKey) FROM Invitations WHERE ImportKey IS NOT NULL");

    /// <summary>Stored invitations that share sender, sent date and message, whatever their key says.</summary>
    public static int DuplicateInvitations(string path) =>
        Query<int>(path, "SELECT COUNT(*) FROM (SELECT 1 FROM Invitations WHERE SentAt IS NOT NULL GROUP BY SenderName, SentAt, Message HAVING COUNT(*) > 1)");
}
