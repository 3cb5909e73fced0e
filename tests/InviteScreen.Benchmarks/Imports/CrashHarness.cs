using InviteScreen.Web.Imports;

namespace InviteScreen.Benchmarks.Imports;

/// <summary>
/// Crash safety of the import: starts the real app on a temporary SQLite file, uploads a generated
/// Invitations.csv, SIGKILLs the process mid-import, checks the file's integrity, restarts the app (which
/// resumes the job), imports the same file once more, and checks that exactly the distinct incoming
/// invitations are stored, none twice. Usage: crash [--rows N] [--batch B]
/// </summary>
public static class CrashHarness
{
    public static async Task<CrashResult> RunAsync(int rows, int batchSize, TextWriter log, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("invitescreen-crash-").FullName;
        try
        {
            var database = Path.Combine(directory, "invitescreen.db");
            var csv = Path.Combine(directory, "Invitations.csv");
            var distinct = InvitationsCsvFile.Write(csv, rows);
            string[] settings = ["--Import:BatchSize", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            log.WriteLine($"Generated {rows:N0} rows ({distinct:N0} distinct incoming) in {new FileInfo(csv).Length / 1024 / 1024.0:F1} MB.");

            long jobId;
            ImportJobResponse atKill;
            await using (var app = await AppProcess.StartAsync(database, settings, cancellationToken))
            {
                jobId = await app.UploadAsync(csv, cancellationToken);
                atKill = await app.WaitAsync(jobId, j => j.RowsDone >= rows / 4, TimeSpan.FromMinutes(10), cancellationToken);
                if (atKill.Status == ImportStatus.Completed)
                {
                    throw new InvalidOperationException("The import finished before the kill: use more rows or a smaller batch.");
                }

                await app.KillAsync();
            }

            var afterKill = new DatabaseState(SqliteFile.IntegrityCheck(database), SqliteFile.Invitations(database), SqliteFile.DuplicateImportKeys(database));
            log.WriteLine($"SIGKILL at row {atKill.RowsDone:N0} of {atKill.TotalRows:N0}: integrity_check = {afterKill.Integrity}, {afterKill.Stored:N0} stored.");

            ImportJobResponse resumed, rerun;
            await using (var app = await AppProcess.StartAsync(database, settings, cancellationToken))
            {
                resumed = await app.WaitAsync(jobId, _ => false, TimeSpan.FromMinutes(10), cancellationToken);
                log.WriteLine($"Restarted: job {resumed.Status}, {resumed.Imported:N0} imported, {resumed.Duplicates:N0} already there.");
                rerun = await app.WaitAsync(await app.UploadAsync(csv, cancellationToken), _ => false, TimeSpan.FromMinutes(10), cancellationToken);
                log.WriteLine($"Same file again: {rerun.Imported:N0} imported, {rerun.Duplicates:N0} already there.");
            }

            var atEnd = new DatabaseState(SqliteFile.IntegrityCheck(database), SqliteFile.Invitations(database), SqliteFile.DuplicateInvitations(database));
            var result = new CrashResult(rows, distinct, atKill, afterKill, resumed, rerun, atEnd);
            log.WriteLine($"End: integrity_check = {atEnd.Integrity}, {atEnd.Stored:N0} stored of {distinct:N0} distinct incoming, {atEnd.Duplicates} duplicates. {(result.Passed ? "PASS" : "FAIL")}");
            return result;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var result = await RunAsync(Options.Int(args, "--rows", 50_000), Options.Int(args, "--batch", 500), Console.Out, CancellationToken.None);
        return result.Passed ? 0 : 1;
    }
}

public sealed record DatabaseState(string Integrity, int Stored, int Duplicates);

public sealed record CrashResult(int Rows, int DistinctIncoming, ImportJobResponse AtKill, DatabaseState AfterKill, ImportJobResponse Resumed, ImportJobResponse Rerun, DatabaseState AtEnd)
{
    public bool Passed =>
        AfterKill is { Integrity: "ok", Duplicates: 0 }
        && AtEnd is { Integrity: "ok", Duplicates: 0 }
        && AtEnd.Stored == DistinctIncoming
        && Resumed.Status == ImportStatus.Completed
        && Rerun is { Status: ImportStatus.Completed, Imported: 0 };
}
