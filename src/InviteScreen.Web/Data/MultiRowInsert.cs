using System.Data.Common;

namespace InviteScreen.Web.Data;

/// <summary>
/// Buffers rows for one table and writes several per INSERT statement, inside the given transaction:
/// one statement per row costs more than the row itself when a batch stores tens of thousands.
/// </summary>
internal sealed class MultiRowInsert(DbTransaction transaction, string table, params string[] columns) : IAsyncDisposable
{
    // SQLite finds each named parameter by a linear search, so binding costs grow with the square of the
    // parameter count: about a hundred per statement is the sweet spot.
    private readonly int rowsPerStatement = Math.Max(1, 100 / columns.Length);

    private readonly List<object?> pending = new(100);
    private DbCommand? full;

    public async Task AddAsync(CancellationToken cancellationToken, params object?[] row)
    {
        pending.AddRange(row);
        if (pending.Count == rowsPerStatement * columns.Length)
        {
            full ??= Command(rowsPerStatement);
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
