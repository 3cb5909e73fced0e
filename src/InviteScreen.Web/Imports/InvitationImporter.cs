using System.Text;
using System.Threading.Channels;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InviteScreen.Web.Imports;

/// <summary>
/// Imports one job's file in batches. Each batch's invitations, bad rows and progress commit in one
/// transaction, so after a crash the job resumes after its last committed row and stores nothing twice.
/// </summary>
public sealed class InvitationImporter(
    InviteScreenDbContext db, InvitationBatchWriter writer, ScreeningWriteGate gate, ImportFiles files, IOptions<ImportOptions> options, TimeProvider clock)
{
    /// <summary>Bad rows kept per job for display; the count goes on past it.</summary>
    public const int MaxStoredBadRows = 1000;

    public async Task RunAsync(long jobId, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        if (job.Status is ImportStatus.Completed or ImportStatus.Failed)
        {
            return;
        }

        var path = files.PathOf(job);
        job.TotalRows ??= CountRows(path);
        job.Status = ImportStatus.Running;
        job.StartedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        using var reader = new StreamReader(path, Encoding.UTF8);
        var batches = Channel.CreateBounded<ImportBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The next batch is parsed and fingerprinted on the other core while this one is written: one batch ahead, no more.
        var latestSentAt = clock.GetUtcNow().UtcDateTime.AddDays(1);
        var reading = Task.Run(() => ReadAsync(reader, job.RowsDone, latestSentAt, batches.Writer, stopReading.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await StoreAsync(job, batch, cancellationToken);
            }
        }
        finally
        {
            await stopReading.CancelAsync();
            await reading;
        }

        job.Status = ImportStatus.Completed;
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        db.ImportJobs.Update(job);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(path);
    }

    /// <summary>Fills <paramref name="output"/> with the batches after the <paramref name="rowsDone"/> committed rows; a failure ends the import.</summary>
    private async Task ReadAsync(TextReader reader, int rowsDone, DateTime latestSentAt, ChannelWriter<ImportBatch> output, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var records in InvitationsCsv.Read(reader, latestSentAt).Skip(rowsDone).Chunk(Math.Max(1, options.Value.BatchSize)))
            {
                await output.WriteAsync(ImportBatch.From(records), cancellationToken);
            }

            output.Complete();
        }
        catch (Exception exception)
        {
            output.Complete(exception);
        }
    }

    private async Task StoreAsync(ImportJob job, ImportBatch batch, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var transaction = await BatchTransaction.BeginAsync(db.Database, cancellationToken);
        var outcome = await writer.StoreAsync(batch.Incoming, cancellationToken);
        db.ImportJobs.Update(job);
        job.RowsDone += batch.Rows;
        job.Imported += outcome.Stored.Count;
        job.Duplicates += outcome.Duplicates;
        job.OutgoingSkipped += batch.Outgoing;
        db.ImportBadRows.AddRange(batch.Bad.Take(Math.Max(0, MaxStoredBadRows - job.BadRows))
            .Select(r => new ImportBadRow { ImportJobId = job.Id, LineNumber = r.LineNumber, Reason = r.Problem! }));
        job.BadRows += batch.Bad.Count;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static int CountRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return InvitationsCsv.Read(reader, DateTime.MaxValue).Count();
    }
}
