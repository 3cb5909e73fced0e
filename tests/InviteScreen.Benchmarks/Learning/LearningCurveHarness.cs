using System.Diagnostics;
using System.Net.Http.Json;
using InviteScreen.Scoring.Fitting;
using InviteScreen.Training;

namespace InviteScreen.Benchmarks.Learning;

/// <summary>
/// The learning curve through the product's own feedback path: the real corpus split in two by source and stored
/// whole, as an imported inbox is; one half marked through POST /api/invitations/{id}/feedback on the running app;
/// the other half's stored scores read before and after the re-score that follows. Both ways round, on a fresh
/// database each. The app runs on weights fitted
/// without the real corpus (Scoring:WeightsPath), so neither half was seen by the engine before the user taught it.
/// </summary>
public static class LearningCurveHarness
{
    private sealed record Stored(long Id);

    private sealed record Scored(int Score, bool Flagged);

    private sealed record Summary(int Generic, int Personal, int Rescored);

    public static async Task<int> RunAsync()
    {
        var repository = LabelledNotes.FindRepository();
        var notes = LabelledNotes.Load(repository).Where(n => n.Real && n.IsDecided).ToList();
        if (notes.Count == 0)
        {
            Console.Error.WriteLine($"The real corpus ({LabelledNotes.RealCorpusPath(repository)}) is absent: nothing to measure.");
            return 2;
        }

        var weights = Path.Combine(Path.GetTempPath(), $"invitescreen-weights-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(weights, WeightsFit.Fit(LabelledNotes.ForFit(LabelledNotes.Load(repository, includeReal: false)), new()).Weights.ToJson());
        var half = FoldPlan.Assign([.. notes.Select(n => n.Source)], 2);
        for (var taught = 0; taught < 2; taught++)
        {
            var teach = notes.Where((_, i) => half[i] == taught).ToList();
            var score = notes.Where((_, i) => half[i] != taught).ToList();
            await MeasureAsync($"taught half {taught + 1} ({teach.Count} notes, {teach.Select(n => n.Source).Distinct().Count()} sources), scored half {2 - taught} ({score.Count} notes)", teach, score, weights);
        }

        File.Delete(weights);
        return 0;
    }

    private static async Task MeasureAsync(string label, List<LabelledNote> teach, List<LabelledNote> score, string weights)
    {
        var path = Path.Combine(Path.GetTempPath(), $"invitescreen-learning-{Guid.NewGuid():N}.db");
        try
        {
            await using var app = await AppProcess.StartAsync(path, ["--Scoring:WeightsPath", weights], CancellationToken.None);
            var taughtIds = await StoreAllAsync(app.Client, teach);
            var scoredIds = await StoreAllAsync(app.Client, score);
            var before = await ReadAllAsync(app.Client, scoredIds);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < teach.Count; i++)
            {
                using var marked = await app.Client.PostAsJsonAsync($"/api/invitations/{taughtIds[i]}/feedback", new { label = teach[i].Label });
                marked.EnsureSuccessStatusCode();
            }

            var taughtIn = clock.Elapsed;
            var untriaged = teach.Count + score.Count;
            while (await app.Client.GetFromJsonAsync<Summary>("/api/learning") is var summary && (summary!.Generic + summary.Personal < teach.Count || summary.Rescored < untriaged))
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new TimeoutException($"The app had not learned from {teach.Count} decisions after 5 minutes:\n{app.Output}");
                }

                await Task.Delay(50);
            }

            var learnedIn = clock.Elapsed - taughtIn;
            var after = await ReadAllAsync(app.Client, scoredIds);
            Console.WriteLine(label);
            Console.WriteLine($"  before: {Metrics.Of(score.Select((n, i) => ((double)before[i].Score, before[i].Flagged, n.IsGeneric)))}");
            Console.WriteLine($"  after:  {Metrics.Of(score.Select((n, i) => ((double)after[i].Score, after[i].Flagged, n.IsGeneric)))}");
            Console.WriteLine(FormattableString.Invariant($"  {teach.Count} decisions posted in {taughtIn.TotalSeconds:F1} s; learned {learnedIn.TotalSeconds:F1} s after the last"));
            Console.WriteLine($"  learned: {await app.Client.GetStringAsync("/api/learning")}");
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

    private static async Task<List<long>> StoreAllAsync(HttpClient client, List<LabelledNote> notes)
    {
        var ids = new List<long>(notes.Count);
        foreach (var note in notes)
        {
            using var created = await client.PostAsJsonAsync("/api/invitations", Body(note));
            ids.Add((await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Stored>())!.Id);
        }

        return ids;
    }

    private static async Task<List<Scored>> ReadAllAsync(HttpClient client, List<long> ids)
    {
        var scored = new List<Scored>(ids.Count);
        foreach (var id in ids)
        {
            scored.Add((await client.GetFromJsonAsync<Scored>($"/api/invitations/{id}"))!);
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
