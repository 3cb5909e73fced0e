using System.Data.Common;
using System.Globalization;

namespace InviteScreen.Web.Data;

/// <summary>
/// Proves the database takes writes without changing anything: the write lock and a header write, rolled back.
/// Plain ADO.NET on an open connection, so a failing probe (polled by /health) logs nothing by itself.
/// </summary>
internal static class DatabaseWriteProbe
{
    public static async Task RunAsync(DbConnection connection, int lockWaitSeconds, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandTimeout = lockWaitSeconds;
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA user_version = " + version.ToString(CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
    }
}
