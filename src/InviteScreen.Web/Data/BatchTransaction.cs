using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace InviteScreen.Web.Data;

/// <summary>
/// A transaction for a batch of many small statements. Inside a transaction SQLite journals every statement that
/// may fail half-way (multi-row inserts, triggers) so it can undo just that one; past 64 KiB the journal spills
/// to a temporary file, a write per page, which cost an import more than its inserts. A batch's statements are
/// small, so their journals stay in memory; afterwards the pooled connection sorts on disk again, as before.
/// </summary>
public sealed class BatchTransaction : IAsyncDisposable
{
    private readonly DatabaseFacade database;
    private readonly IDbContextTransaction transaction;

    private BatchTransaction(DatabaseFacade database, IDbContextTransaction transaction)
    {
        this.database = database;
        this.transaction = transaction;
    }

    public static async Task<BatchTransaction> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Read when the write transaction begins, so it is set before BEGIN.
            await database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY", cancellationToken);
            return new BatchTransaction(database, await database.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await database.CloseConnectionAsync();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        try
        {
            await database.ExecuteSqlRawAsync("PRAGMA temp_store = DEFAULT");
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
