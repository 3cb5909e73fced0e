using System.Diagnostics;

namespace InviteScreen.Benchmarks.Imports;

/// <summary>
/// Import speed: the real app (child process, temporary SQLite file) imports a generated Invitations.csv
/// through the Import page; prints time, rows/s and the server's peak memory. A smaller, different file is
/// imported first and not timed, so the figures are a running server's rather than the JIT's.
/// Usage: import [--rows N] [--batch B] [--warmup W]
/// </summary>
public static class ImportHarness
{
    public static async Task RunAsync(string[] args)
    {
        var rows = Options.Int(args, "--rows", 100_000);
        var directory = Directory.CreateTempSubdirectory("invitescreen-import-").FullName;
        try
        {
            var database = Path.Combine(directory, "invitescreen.db");
            var csv = Path.Combine(directory, "Invitations.csv");
            var distinct = InvitationsCsvFile.Write(csv, rows);
            Console.WriteLine($"Invitations.csv: {rows:N0} rows, {distinct:N0} distinct incoming, {new FileInfo(csv).Length / 1024 / 1024.0:F1} MB");
            string[] settings = args.Contains("--batch") ? ["--Import:BatchSize", Options.Int(args, "--batch", 500).ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
            await using var app = await AppProcess.StartAsync(database, settings, CancellationToken.None);
            var idle = app.PeakMemoryBytes;
            var warmup = Options.Int(args, "--warmup", 3_000);
            if (warmup > 0)
            {
                var warmupCsv = Path.Combine(directory, "Warmup.csv");
                InvitationsCsvFile.Write(warmupCsv, warmup, seed: 11);
                await app.WaitAsync(await app.UploadAsync(warmupCsv, CancellationToken.None), _ => false, TimeSpan.FromMinutes(5), CancellationToken.None);
                Console.WriteLine($"Warm-up: {warmup:N0} other rows imported first, not timed");
            }

            var cpuAtStart = app.CpuTime;
            var watch = Stopwatch.StartNew();
            var id = await app.UploadAsync(csv, CancellationToken.None);
            var uploaded = watch.Elapsed;
            var job = await app.WaitAsync(id, _ => false, TimeSpan.FromMinutes(30), CancellationToken.None);
            var total = watch.Elapsed;
            var importing = (job.FinishedAt - job.StartedAt)?.TotalSeconds ?? total.TotalSeconds;
            Console.WriteLine($"Status {job.Status}: {job.Imported:N0} imported, {job.Duplicates:N0} duplicates, {job.OutgoingSkipped:N0} outgoing skipped, {job.BadRows:N0} bad rows");
            Console.WriteLine($"Upload {uploaded.TotalSeconds:F1} s; import {importing:F1} s ({rows / importing:N0} rows/s); upload to done {total.TotalSeconds:F1} s");
            var cpu = (app.CpuTime - cpuAtStart).TotalSeconds;
            Console.WriteLine($"Server CPU time for the import: {cpu:F1} s ({rows / cpu:N0} rows per CPU second); load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            Console.WriteLine($"Server peak memory (VmHWM): {app.PeakMemoryBytes / 1024 / 1024:N0} MB (idle after start-up: {idle / 1024 / 1024:N0} MB)");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
