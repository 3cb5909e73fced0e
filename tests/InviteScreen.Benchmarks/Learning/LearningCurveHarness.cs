using System.Diagnostics;
using System.Net.Http.Json;
using InviteScreen.Training;

namespace InviteScreen.Benchmarks.Learning;

/// <summary>
/// The learning curve through the product's own feedback path: the real corpus split in two by source; one half
/// stored and marked through POST /api/invitations/{id}/feedback on the running app; the other half scored by
/// POST /api/score before and after. Both ways round, on a fresh database each.
/// </summary>
public static class LearningCurveHarness
{
    private sealed record Stored(long Id);

    private sealed record Scored(int Score, bool Flagged);

    private sealed record Summary(int Generic, int Personal);

    public static async Task<int> RunAsync()
    {
        var repository = LabelledNotes.FindRepository();
        var notes = LabelledNotes.Load(repository).Where(n => n.Real && n.IsDecided).ToList();
        if (notes.Count == 0)
        {
            Console.Error.WriteLine($"The real corpus ({LabelledNotes.RealCorpusPath(repository)}) is absent: nothing to measure.");
            return 2;
        }

        var half = FoldPlan.Assign(notes, 2);
        for (var taught = 0; taught < 2; taught++)
        {
            var teach = notes.Where((_, i) => half[i] == taught).ToList();
            var score = notes.Where((_, i) => half[i] != taught).ToList();
            await MeasureAsync($"taught half {taught + 1} ({teach.Count} notes, {teach.Select(n => n.Source).Distinct().Count()} sources), scored half {2 - taught} ({score.Count} notes)", teach, score);
        }

        return 0;
    }

    private static async Task MeasureAsync(string label, List<LabelledNote> teach, List<LabelledNote> score)
    {
        var path = Path.Combine(Path.GetTempPath(), $"invitescreen-learning-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = await AppProcess.StartAsync(path, [], CancellationToken.None);
            var before = await ScoreAllAsync(app.Client, score);
            var clock = Stopwatch.StartNew();
            foreach (var note in teach)
            {
                using var created = await app.Client.PostAsJsonAsync("/api/invitations", Body(note));
                var stored = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Stored>())!;
                using var marked = await app.Client.PostAsJsonAsync($"/api/invitations/{stored.Id}/feedback", new { label = note.Label });
                marked.EnsureSuccessStatusCode();
            }

            var taughtIn = clock.Elapsed;
            while (await app.Client.GetFromJsonAsync<Summary>("/api/learning") is var summary && summary!.Generic + summary.Personal < teach.Count)
            {
                await Task.Delay(50);
            }

            var learnedIn = clock.Elapsed - taughtIn;
            var after = await ScoreAllAsync(app.Client, score);
            Console.WriteLine(label);
            Console.WriteLine($"  before: {Metrics.Of(score.Select((n, i) => ((double)before[i].Score, before[i].Flagged, n.IsGeneric)))}");
            Console.WriteLine($"  after:  {Metrics.Of(score.Select((n, i) => ((double)after[i].Score, after[i].Flagged, n.IsGeneric)))}");
            Console.WriteLine(FormattableString.Invariant($"  {teach.Count} decisions posted in {taughtIn.TotalSeconds:F1} s; learned {learnedIn.TotalSeconds:F1} s after the last"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<List<Scored>> ScoreAllAsync(HttpClient client, List<LabelledNote> notes)
    {
        var scored = new List<Scored>(notes.Count);
        foreach (var note in notes)
        {
            using var response = await client.PostAsJsonAsync("/api/score", Body(note));
            scored.Add((await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Scored>())!);
        }

        return scored;
    }

    private static object Body(LabelledNote note) => new
    {
        senderName = Truncate(note.SenderName, 200),
        headline = Truncate(note.Headline, 300),
        message = Truncate(note.Message, 8000),
    };

    private static string? Truncate(string? text, int max) => text is { Length: > 0 } t && t.Length > max ? t[..max] : text;
}
