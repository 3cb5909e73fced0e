using System.Text;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Fitting;

namespace InviteScreen.Training;

/// <summary>
/// Measures the fit on text it did not see: the sources are split into folds, and each fold is scored by the
/// engine with weights fitted on the other folds. Reported per corpus, and for the real corpus by kind of source.
/// </summary>
public static class SourceEvaluation
{
    public sealed record Scored(LabelledNote Note, ScoreResult Result);

    public static IReadOnlyList<Scored> HeldOut(IReadOnlyList<LabelledNote> notes, ScoringOptions options, int folds)
    {
        var assignment = FoldPlan.Assign([.. notes.Select(n => n.Source)], folds);
        var scored = new Scored[notes.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = notes.Where((_, i) => assignment[i] != fold).ToList();
            var scorer = ScorerWith(WeightsFit.Fit(LabelledNotes.ForFit(training), options).Weights, options);
            for (var i = 0; i < notes.Count; i++)
            {
                if (assignment[i] == fold)
                {
                    scored[i] = new Scored(notes[i], scorer.Score(notes[i].ToText()));
                }
            }
        }

        return scored;
    }

    /// <summary>The hand-set engine (no fit, no text model) on the same notes: where the fit started.</summary>
    public static IReadOnlyList<Scored> HandSet(IReadOnlyList<LabelledNote> notes, ScoringOptions options)
    {
        var scorer = new GenericnessScorer(RuleCatalogue.LoadEmbeddedUnfitted(), options);
        return [.. notes.Select(n => new Scored(n, scorer.Score(n.ToText())))];
    }

    public static GenericnessScorer ScorerWith(FittedWeights weights, ScoringOptions options)
    {
        var catalogue = RuleCatalogue.LoadEmbeddedUnfitted();
        weights.ApplyTo(catalogue);
        return new GenericnessScorer(catalogue, options);
    }

    /// <summary>Exports are people's own Invitations.csv and messages.csv; the rest are tools' templates and quoted notes.</summary>
    public static bool IsExport(LabelledNote note) =>
        note.Source.Contains("Invitations.csv", StringComparison.OrdinalIgnoreCase) || note.Source.Contains("messages.csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>The held-out real notes the flag got wrong, worst first: what to look at next.</summary>
    public static string Misses(IReadOnlyList<Scored> scored, int count) =>
        string.Join('\n', scored.Where(s => s.Note.Real && s.Note.IsDecided && s.Result.Flagged != s.Note.IsGeneric)
            .OrderByDescending(s => Math.Abs(s.Result.Score - s.Result.Threshold)).Take(count)
            .Select(s => $"[{s.Note.Label} {s.Result.Score}] {s.Note.Message.ReplaceLineEndings(" ")}\n    {string.Join(", ", s.Result.Findings.Select(f => $"{f.RuleId}({f.Points})"))}"));

    public static string Report(IReadOnlyList<Scored> scored)
    {
        var report = new StringBuilder();
        void Line(string name, IEnumerable<Scored> set)
        {
            var decided = set.Where(s => s.Note.IsDecided).ToList();
            if (decided.Count > 0)
            {
                report.AppendLine($"{name,-42} {Metrics.Of(decided.Select(s => ((double)s.Result.Score, s.Result.Flagged, s.Note.IsGeneric)))}");
            }
        }

        var real = scored.Where(s => s.Note.Real).ToList();
        Line("real: all", real);
        Line("real: people's own LinkedIn exports", real.Where(s => IsExport(s.Note)));
        Line("real: outreach templates and quoted notes", real.Where(s => !IsExport(s.Note)));
        var borderline = real.Where(s => !s.Note.IsDecided).ToList();
        if (borderline.Count > 0)
        {
            report.AppendLine(FormattableString.Invariant($"{"real: borderline",-42} {borderline.Count} notes, mean score {borderline.Average(s => s.Result.Score):F0}, {borderline.Count(s => s.Result.Flagged)} flagged"));
        }

        Line("ours: all", scored.Where(s => !s.Note.Real));
        foreach (var corpus in scored.Where(s => !s.Note.Real).GroupBy(s => s.Note.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Line(corpus.Key, corpus);
        }

        return report.ToString();
    }
}
