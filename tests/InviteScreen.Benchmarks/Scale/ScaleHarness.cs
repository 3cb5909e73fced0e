using System.Diagnostics;
using System.Globalization;
using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using InviteScreen.Benchmarks.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Benchmarks.Scale;

/// <summary>
/// The read path at scale: seeds a temporary database once (or reuses --db), then prints median and p95 server
/// times of the dashboard, a filtered + searched page, the summary and the chart, and the export's rate,
/// time to first byte and peak memory. Usage: scale [--count N] [--db path] [--runs R]
/// </summary>
internal static class ScaleHarness
{
    public static async Task RunAsync(string[] args)
    {
        var count = Options.Int(args, "--count", 1_000_000);
        var runs = Options.Int(args, "--runs", 30);
        var given = Options.Text(args, "--db");
        var path = given ?? Path.Combine(Path.GetTempPath(), $"invitescreen-scale-{Guid.NewGuid():N}.db");
        try
        {
            if (given is null || !File.Exists(given))
            {
                var seeding = Stopwatch.StartNew();
                var (exitCode, _) = await AppProcess.RunToEndAsync(path, ["seed", "--count", count.ToString(CultureInfo.InvariantCulture)], CancellationToken.None);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"The seed command failed with exit code {exitCode}.");
                }

                Console.WriteLine($"Seeded {count:N0} invitations in {seeding.Elapsed.TotalSeconds:F0} s into {path}");
            }

            GC.Collect();
            ScaleApp.UseOutputFolderAsContentRoot();
            await using var app = new ScaleApp(path);
            using var client = app.CreateClient();
            var stored = await app.WithDbAsync(db => db.DayStats.SumAsync(s => s.Count));
            var flagged = await app.WithDbAsync(db => db.DayStats.Where(s => s.Flagged).SumAsync(s => s.Count));
            Console.WriteLine($"Database: {stored:N0} invitations, {flagged:N0} flagged, {new FileInfo(path).Length / 1e6:F0} MB");

            var (common, rare) = await SearchWordsAsync(app);
            Console.WriteLine($"Search words from the data: common \"{common}\", rare \"{rare}\"");
            Console.WriteLine($"{"server time, " + runs + " runs",-58} {"median",8} {"p95",8}");
            await PageAsync(app, client, runs, "Dashboard, first page", "/invitations");
            await PageAsync(app, client, runs, "Dashboard, page 200", "/invitations?page=200");
            await PageAsync(app, client, runs, "Dashboard, page 20,000 (offset 500,000)", "/invitations?page=20000");
            await PageAsync(app, client, runs, "Searched (common word)", $"/invitations?q={common}");
            await PageAsync(app, client, runs, "Filtered + searched (verdict + common word)", $"/invitations?verdict=Generic&q={common}");
            await PageAsync(app, client, runs, "Filtered + searched (flagged + rare word)", $"/invitations?flagged=true&q={rare}");
            await PageAsync(app, client, runs, "Filtered + searched (status + common word, by score)", $"/invitations?status=New&q={common}&sort=ScoreHigh");
            await PageAsync(app, client, runs, "Filtered (score 80-100, newest)", "/invitations?minScore=80&maxScore=100");
            await PageAsync(app, client, runs, "JSON list (flagged + common word)", $"/api/invitations?flagged=true&q={common}");
            await CallAsync(app, runs, "Summary statistics, all invitations", db => InvitationSummary.FromAggregatesAsync(db, CancellationToken.None));
            var filter = new InvitationFilter { Verdict = InviteScreen.Scoring.Verdict.Generic, Q = common };
            await CallAsync(app, runs, "Summary statistics, verdict + common word", async db =>
            {
                var filtered = await filter.ApplyAsync(db, CancellationToken.None);
                return await InvitationSummary.ComputeAsync(db, filter, filtered, await MatchCount.CountAsync(db, filter, filtered, CancellationToken.None), CancellationToken.None);
            });
            await CallAsync(app, runs, "Chart data (weeks, top rules, flagged headline words)", db => HistoryChart.LoadAsync(db, new FlaggedHeadlineKeywords(), CancellationToken.None));
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            await ExportAsync(path, flagged);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (given is null)
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static async Task PageAsync(ScaleApp app, HttpClient client, int runs, string label, string url)
    {
        var times = new List<double>();
        for (var i = -3; i < runs; i++)
        {
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
            if (i >= 0)
            {
                times.Add(app.Timer.Last.TotalMilliseconds);
            }
        }

        Print(label, times);
    }

    private static async Task CallAsync<T>(ScaleApp app, int runs, string label, Func<InviteScreenDbContext, Task<T>> call)
    {
        var times = new List<double>();
        for (var i = -3; i < runs; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
            var watch = Stopwatch.StartNew();
            await call(db);
            if (i >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Print(label, times);
    }

    /// <summary>Streams the whole export from the app running as its own process, so its peak memory is the server's alone.</summary>
    private static async Task ExportAsync(string databasePath, long flaggedInvitations)
    {
        await using var server = await AppProcess.StartAsync(databasePath, [], CancellationToken.None);
        var before = server.PeakMemoryBytes;
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(server.Address, "/invitations/flagged-senders.csv"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long bytes = 0, lines = 0;
        TimeSpan? firstByte = null;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            firstByte ??= watch.Elapsed;
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        var total = watch.Elapsed;
        Console.WriteLine($"Export of flagged senders: {lines - 1:N0} senders from {flaggedInvitations:N0} flagged invitations, {bytes / 1e6:F1} MB in {total.TotalSeconds:F2} s");
        Console.WriteLine($"  {flaggedInvitations / total.TotalSeconds:N0} invitations/s, first bytes after {firstByte?.TotalMilliseconds:F0} ms");
        Console.WriteLine($"  server peak resident memory {server.PeakMemoryBytes / 1e6:F0} MB (after start-up: {before / 1e6:F0} MB)");
    }

    /// <summary>A word in many flagged headlines and the surname-like last word of one sender name.</summary>
    private static async Task<(string Common, string Rare)> SearchWordsAsync(ScaleApp app) => await app.WithDbAsync(async db =>
    {
        var common = await db.Database.SqlQueryRaw<string>($"SELECT term AS Value FROM {DashboardAtScaleSql.FlaggedHeadlineVocabulary} WHERE length(term) > 4 ORDER BY doc DESC LIMIT 1").FirstAsync();
        var name = await db.Invitations.OrderBy(i => i.Id).Skip((int)(await db.Invitations.CountAsync() / 2)).Select(i => i.SenderName).FirstAsync();
        return (common, name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last());
    });

    private static void Print(string label, List<double> times)
    {
        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-58} {median,6:F1} ms {p95,6:F1} ms"));
    }
}
