using System.Diagnostics;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Benchmarks;

/// <summary>
/// Measures the template look-up against a large history: stores N fingerprinted invitations in a temporary
/// SQLite file (real migrations), then times the look-up of one note at a time (a batch of one, as a pasted
/// invitation is) for copies of stored templates and for
/// novel notes. Usage: templates [--count N] [--lookups M]
/// </summary>
internal static class TemplateLookupHarness
{
    private static readonly string[] Syllables =
        ["ba", "ko", "ri", "te", "mu", "sa", "lo", "ne", "pi", "da", "fu", "ge", "ha", "ji", "ku", "ma", "no", "pe", "ru", "si", "ta", "vo", "we", "ya", "zu"];

    public static async Task RunAsync(string[] args)
    {
        var count = Options.Int(args, "--count", 1_000_000);
        var lookups = Options.Int(args, "--lookups", 2_000);
        var path = Path.Combine(Path.GetTempPath(), $"invitescreen-templates-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<InviteScreenDbContext>().UseSqlite($"Data Source={path}").Options;
        try
        {
            await using (var db = new InviteScreenDbContext(options))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            var seeding = Stopwatch.StartNew();
            await SeedAsync(path, count);
            Console.WriteLine($"Stored {count:N0} fingerprinted invitations in {seeding.Elapsed.TotalSeconds:F1} s");

            var scorer = new GenericnessScorer(RuleCatalogue.LoadEmbedded(), new ScoringOptions());
            await using var context = new InviteScreenDbContext(options);
            var history = new TemplateHistory(context, scorer, new TemplateRescoreMemory(), new TemplateRepresentatives(), new InviteScreen.Web.Learning.LearningState(), TimeProvider.System);
            var random = new Random(7);
            await MeasureAsync("copies of stored templates", history, lookups, () => TemplateNote(random.Next(count / 50), random));
            await MeasureAsync("novel notes", history, lookups, () => NovelNote(random));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task MeasureAsync(string label, TemplateHistory history, int lookups, Func<string> note)
    {
        var notes = Enumerable.Range(0, lookups).Select(_ => note()).ToList();
        await MatchAsync(history, notes[0], "warm-up");
        var matched = 0;
        var watch = Stopwatch.StartNew();
        foreach (var text in notes)
        {
            var match = await MatchAsync(history, text, "benchmark-sender");
            matched += match.GroupId is null ? 0 : 1;
        }

        Console.WriteLine($"Look-up, {label}: {watch.Elapsed.TotalMilliseconds / lookups:F3} ms per invitation ({matched:N0} of {lookups:N0} matched a template)");
    }

    private static async Task<TemplateMatch> MatchAsync(TemplateHistory history, string note, string senderKey)
    {
        var fingerprint = TemplateFingerprint.Compute(note);
        var batch = await history.BeginBatchAsync([fingerprint], CancellationToken.None);
        return await batch.MatchAsync(fingerprint, senderKey, CancellationToken.None);
    }

    /// <summary>Bulk insert through prepared commands: the harness measures look-ups, not seeding.</summary>
    private static async Task SeedAsync(string path, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        var random = new Random(1);
        var screenedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        const int batch = 20_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            using var invitation = connection.CreateCommand();
            invitation.Transaction = transaction;
            invitation.CommandText = """
                INSERT INTO Invitations (Id, SenderName, Headline, Message, SenderKey, Score, Verdict, Flagged, TopRules, Status, ScreenedAt, Fingerprint, MassTemplateSenders, SameSenderRepeats, TemplateGroupId)
                VALUES ($id, $name, '', $message, $key, 50, 'Mixed', 0, '', 'New', $at, $fingerprint, 0, 0, $group)
                """;
            var parameters = new[] { "$id", "$name", "$message", "$key", "$at", "$fingerprint", "$group" }.Select(n => invitation.Parameters.Add(new SqliteParameter(n, null))).ToArray();
            using var band = connection.CreateCommand();
            band.Transaction = transaction;
            band.CommandText = "INSERT OR IGNORE INTO TemplateBands (Key, InvitationId) VALUES ($key, $id)";
            var bandKey = band.Parameters.Add(new SqliteParameter("$key", null));
            var bandId = band.Parameters.Add(new SqliteParameter("$id", null));
            invitation.Prepare();
            band.Prepare();
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var id = i + 1L;
                var isTemplate = i % 2 == 0;
                var message = isTemplate ? TemplateNote(i / 2 % (count / 50), random) : NovelNote(random);
                var fingerprint = TemplateFingerprint.Compute(message);
                parameters[0].Value = id;
                parameters[1].Value = $"Sender {i}";
                parameters[2].Value = message;
                parameters[3].Value = $"name:sender {i}|";
                parameters[4].Value = screenedAt.AddSeconds(i);
                parameters[5].Value = (object?)fingerprint?.SignatureBytes() ?? DBNull.Value;
                parameters[6].Value = isTemplate && i >= count / 25 ? i / 2 % (count / 50) * 2 + 1L : DBNull.Value;
                await invitation.ExecuteNonQueryAsync();
                foreach (var key in fingerprint?.BandKeys ?? [])
                {
                    bandKey.Value = key;
                    bandId.Value = id;
                    await band.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }
    }

    /// <summary>Template number n: its own twenty words, with the recipient's name and one word varied per copy.</summary>
    private static string TemplateNote(int n, Random random)
    {
        var own = new Random(n);
        var words = Enumerable.Range(0, 20).Select(_ => PseudoWord(own)).ToArray();
        words[own.Next(words.Length)] = PseudoWord(random);
        return $"Hi {Name(random)}, {string.Join(' ', words)}?";
    }

    private static string PseudoWord(Random random) =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string NovelNote(Random random) =>
        string.Join(' ', Enumerable.Range(0, 25).Select(_ => PseudoWord(random)));

    private static string Name(Random random) => ((string[])["Anna", "Ben", "Chloé", "Dev", "Eli", "Fay", "Gus", "Hana"])[random.Next(8)];
}
