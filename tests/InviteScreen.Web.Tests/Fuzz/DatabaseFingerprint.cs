using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace InviteScreen.Web.Tests.Fuzz;

/// <summary>
/// A digest of every row of every application table, to prove a rejected request changed nothing. The search
/// index's virtual and shadow tables are derived from these, so they are left out.
/// </summary>
internal static class DatabaseFingerprint
{
    public static string Of(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' ORDER BY name")
            .Select(row => (string)row[0]!).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            foreach (var row in Query(connection, $"SELECT * FROM \"{table}\" ORDER BY rowid"))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(table + "|" + string.Join("|", row.Select(v => v is byte[] b ? Convert.ToHexString(b) : v?.ToString())) + "\n"));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static IEnumerable<object?[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            yield return row;
        }
    }
}
