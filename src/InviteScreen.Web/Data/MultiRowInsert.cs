using System.Data.Common;

namespace InviteScreen.Web.Data;

/// <summary>
/// Buffers rows for one table and writes them a hundred per INSERT statement, inside the given transaction:
/// one statement per row costs more than the row itself when a batch stores tens of thousands.
/// </summary>
internal sealed class MultiRowInsert(DbTransaction transaction, string table, params string[] columns) : IAsyncDisposable
{
    private const int RowsPerStatement = 100;

    private readonly List<object?> pending = new(RowsPerStatement * columns.Length);
    private DbCommand? full;

    public async Task AddAsync(CancellationToken cancellationToken, params object?[] row)
    {
        pending.AddRange(row);
        if (pending.Count == RowsPerStatement * columns.Length)
        {
            full ??= Command(RowsPerStatement);
            await ExecuteAsync(full, cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Count > 0)
        {
            await using var rest = Command(pending.Count / columns.Length);
            await ExecuteAsync(rest, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (full is not null)
        {
            await full.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        for (var p = 0; p < pending.Count; p++)
        {
            command.Parameters[p].Value = pending[p] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        pending.Clear();
    }

    private DbCommand Command(int rows)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", columns.Select((_, c) => $"$p{r * columns.Length + c}")) + ")");
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}";
        for (var p = 0; p < rows * columns.Length; p++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"$p{p}";
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }
}
