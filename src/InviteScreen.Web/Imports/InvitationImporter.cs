using System.Text;
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
        foreach (var batch in InvitationsCsv.Read(reader).Skip(job.RowsDone).Chunk(Math.Max(1, options.Value.BatchSize)))
        {
            await StoreAsync(job, batch, cancellationToken);
        }

        job.Status = ImportStatus.Completed;
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        db.ImportJobs.Update(job);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(path);
    }

    private async Task StoreAsync(ImportJob job, InvitationsCsvRecord[] batch, CancellationToken cancellationToken)
    {
        var incoming = batch.Select(r => r.Row).OfType<InvitationsCsvRow>().Where(r => r.Direction == InvitationDirection.Incoming)
            .Select(r => new InvitationToStore(
                new InvitationInput { SenderName = r.From, ProfileUrl = r.InviterProfileUrl, Message = r.Message },
                SentAt: DateTime.SpecifyKind(r.SentAt, DateTimeKind.Utc)))
            .ToList();
        var bad = batch.Where(r => r.Problem is not null).ToList();

        using var _ = await gate.EnterAsync(cancellationToken);
        await using var transaction = await BatchTransaction.BeginAsync(db.Database, cancellationToken);
        var outcome = await writer.StoreAsync(incoming, cancellationToken);
        db.ImportJobs.Update(job);
        job.RowsDone += batch.Length;
        job.Imported += outcome.Stored.Count;
        job.Duplicates += outcome.Duplicates;
        job.OutgoingSkipped += batch.Count(r => r.Row?.Direction == InvitationDirection.Outgoing);
        db.ImportBadRows.AddRange(bad.Take(Math.Max(0, MaxStoredBadRows - job.BadRows))
            .Select(r => new ImportBadRow { ImportJobId = job.Id, LineNumber = r.LineNumber, Reason = r.Problem! }));
        job.BadRows += bad.Count;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static int CountRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return InvitationsCsv.Read(reader).Count();
    }
}
