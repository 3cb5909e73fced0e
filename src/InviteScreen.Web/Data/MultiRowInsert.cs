using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InviteScreen.Web.Data;

/// <summary>
/// Buffers rows for one table and writes several per INSERT statement, inside the given transaction:
/// one statement per row costs more than the row itself when a batch stores tens of thousands.
/// </summary>
internal sealed class MultiRowInsert(DbTransaction transaction, string table, params string[] columns) : IDisposable
{
    // About a hundred values per statement: fewer rows per statement cost more steps, more cost a longer statement.
    private readonly int rowsPerStatement = Math.Max(1, 100 / columns.Length);

    private readonly sqlite3 connection = ((SqliteConnection)transaction.Connection!).Handle!;
    private readonly List<object?> pending = new(100);
    private sqlite3_stmt? full;

    public void Add(params object?[] row)
    {
        pending.AddRange(row);
        if (pending.Count == rowsPerStatement * columns.Length)
        {
            full ??= Statement(rowsPerStatement);
            Execute(full);
        }
    }

    public void Flush()
    {
        if (pending.Count > 0)
        {
            using var rest = Statement(pending.Count / columns.Length);
            Execute(rest);
        }
    }

    public void Dispose() => full?.Dispose();

    // Bound by position through SQLite itself: binding by name searches the statement's names one by one, for every value.
    private void Execute(sqlite3_stmt statement)
    {
        for (var p = 0; p < pending.Count; p++)
        {
            Check(pending[p] switch
            {
                null => raw.sqlite3_bind_null(statement, p + 1),
                string text => raw.sqlite3_bind_text(statement, p + 1, text),
                long number => raw.sqlite3_bind_int64(statement, p + 1, number),
                int number => raw.sqlite3_bind_int64(statement, p + 1, number),
                bool flag => raw.sqlite3_bind_int64(statement, p + 1, flag ? 1 : 0),
                var other => throw new NotSupportedException($"A {other.GetType().Name} value for {table}."),
            });
        }

        var done = raw.sqlite3_step(statement);
        Check(raw.sqlite3_reset(statement));
        Check(done == raw.SQLITE_DONE ? raw.SQLITE_OK : done);
        pending.Clear();
    }

    private sqlite3_stmt Statement(int rows)
    {
        var values = Enumerable.Range(0, rows).Select(_ => "(" + string.Join(", ", columns.Select(_ => "?")) + ")");
        Check(raw.sqlite3_prepare_v2(connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}", out var statement));
        return statement;
    }

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, connection);
}
