using System.Diagnostics;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Seeding;
using InviteScreen.Web.Templates;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Benchmarks;

/// <summary>
/// Template grouping on seeded data: seeds N invitations through the app's own seed path (in process, real
/// migrations, a temporary SQLite file), prints purity, groups per campaign and personal notes grouped against
/// the seeder's ground truth, then times single look-ups of further generated notes.
/// Usage: grouping [--count N] [--lookups M]
/// </summary>
internal static class GroupingHarness
{
    private static readonly DateTime Until = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task RunAsync(string[] args)
    {
        var count = Options.Int(args, "--count", 100_000);
        var lookups = Options.Int(args, "--lookups", 2_000);
        var directory = Directory.CreateTempSubdirectory("invitescreen-grouping-").FullName;
        Scale.ScaleApp.UseOutputFolderAsContentRoot();
        try
        {
            await using var app = new Scale.ScaleApp(Path.Combine(directory, "invitescreen.db"));
            var seeding = Stopwatch.StartNew();
            await SeedCommand.SeedAsync(app.Services, count, 2_000, Console.Out, Until);
            Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:F0} s");

            var quality = await app.WithDbAsync(db => GroupingQuality.MeasureAsync(db, new SeedInvitations().GenerateSeeded(count, Until), CancellationToken.None));
            Console.WriteLine($"Grouping at {count:N0}: {quality}");

            var further = new SeedInvitations().GenerateSeeded(count + lookups, Until).Skip(count).Where(s => s.Item.Input.Message is { Length: > 0 }).ToList();
            await MeasureAsync(app, "campaign copies", [.. further.Where(s => s.Campaign is not null).Select(s => s.Item.Input.Message!)]);
            await MeasureAsync(app, "personal notes", [.. further.Where(s => s.Campaign is null).Select(s => s.Item.Input.Message!)]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Each note alone, as a pasted invitation is: a batch of one, its band look-up, candidates and match.</summary>
    private static async Task MeasureAsync(Scale.ScaleApp app, string label, List<string> notes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var history = scope.ServiceProvider.GetRequiredService<TemplateHistory>();
        var matched = 0;
        var watch = new Stopwatch();
        var lookUp = new Stopwatch();
        foreach (var (note, n) in notes.Select((note, n) => (note, n)))
        {
            var fingerprint = TemplateFingerprint.Compute(note);
            watch.Start();
            lookUp.Start();
            var batch = await history.BeginBatchAsync([fingerprint], CancellationToken.None);
            lookUp.Stop();
            var match = await batch.MatchAsync(fingerprint, $"benchmark-sender-{n}", CancellationToken.None);
            watch.Stop();
            matched += match.GroupId is null ? 0 : 1;
        }

        Console.WriteLine($"Look-up, {label}: {watch.Elapsed.TotalMilliseconds / Math.Max(1, notes.Count):F3} ms per invitation, {lookUp.Elapsed.TotalMilliseconds / Math.Max(1, notes.Count):F3} ms of it fetching candidates ({matched:N0} of {notes.Count:N0} matched a group)");
    }
}
