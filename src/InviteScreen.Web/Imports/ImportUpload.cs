using System.Text;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Imports;

/// <summary>Saves an uploaded Invitations.csv and queues its import; a file that is not that CSV is refused and nothing is kept.</summary>
public sealed class ImportUpload(InviteScreenDbContext db, ImportFiles files, ImportQueue queue, TimeProvider clock)
{
    /// <exception cref="NotInvitationsCsvException">The file is not LinkedIn's Invitations.csv.</exception>
    public async Task<ImportJob> StartAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(files.Folder);
        var stored = $"{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}.csv";
        var path = Path.Combine(files.Folder, stored);
        try
        {
            await using (var file = File.Create(path))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            var warning = await UploadEncoding.MakeUtf8Async(path, cancellationToken);
            using (var reader = new StreamReader(path, Encoding.UTF8))
            {
                InvitationsCsv.CheckHeader(reader);
            }

            var job = new ImportJob
            {
                FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 200 } name ? name : "Invitations.csv",
                StoredFileName = stored,
                Status = ImportStatus.Queued,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                Warning = warning,
            };
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            queue.Enqueue(job.Id);
            return job;
        }
        catch
        {
            File.Delete(path);
            File.Delete(path + ".utf8");
            throw;
        }
    }
}
