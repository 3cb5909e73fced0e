using System.Globalization;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Fitting;
using InviteScreen.Training;

// fit: refit the engine's weights from the labelled notes and write them where the engine embeds them.
// evaluate: the fit's figures on sources it did not see, beside the hand-set engine's.
var command = args.FirstOrDefault() ?? "help";
var repository = LabelledNotes.FindRepository();
var notes = LabelledNotes.Load(repository);
var options = new ScoringOptions();
var realCount = notes.Count(n => n.Real);
if (realCount == 0 && command is "fit" or "evaluate")
{
    Console.Error.WriteLine($"Note: the real corpus ({LabelledNotes.RealCorpusPath(repository)}) is absent; only the project's corpora are used.");
}

switch (command)
{
    case "fit":
        // --without-real: the project's corpora only, as an engine that never saw a real inbox; --out: another file.
        var report = WeightsFit.Fit(LabelledNotes.ForFit(args.Contains("--without-real") ? notes.Where(n => !n.Real) : notes), options);
        var path = Array.IndexOf(args, "--out") is var o and > 0 && o + 1 < args.Length ? Path.GetFullPath(args[o + 1]) : FittedWeightsFile.Path(repository);
        File.WriteAllText(path, report.Weights.ToJson());
        Console.WriteLine(report.Weights.FittedOn);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Held-out flag precision {report.HeldOutPrecision:F3}, recall {report.HeldOutRecall:F3} at the chosen threshold."));
        Console.WriteLine($"Wrote {Path.GetRelativePath(repository, path)}.");
        return 0;
    case "evaluate":
        var folds = Array.IndexOf(args, "--folds") is var at and > 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 10;
        Console.WriteLine($"Hand-set engine, before any fit:\n{SourceEvaluation.Report(SourceEvaluation.HandSet(notes, options))}");
        var heldOut = SourceEvaluation.HeldOut(notes, options, folds);
        Console.WriteLine($"Fitted, each fold scored by weights fitted on the other {folds - 1} (folds by source):\n{SourceEvaluation.Report(heldOut)}");
        if (args.Contains("--misses"))
        {
            Console.WriteLine($"Worst held-out misses on real notes:\n{SourceEvaluation.Misses(heldOut, 40)}");
        }

        return 0;
    case "hits" when args.Length > 1:
        // Which labelled notes a rule fires on, with its hand-set points: where to look when the fit zeroes a rule.
        var ruleScorer = new GenericnessScorer(InviteScreen.Scoring.Catalogue.RuleCatalogue.LoadEmbeddedUnfitted(), options);
        foreach (var note in notes.Where(n => n.IsDecided))
        {
            if (ruleScorer.Score(note.ToText()).Findings.FirstOrDefault(f => f.RuleId == args[1]) is { } finding)
            {
                Console.WriteLine($"[{note.Label}{(note.Real ? ", real" : "")}] '{finding.Text}': {note.Message.ReplaceLineEndings(" ")}");
            }
        }

        return 0;
    default:
        Console.WriteLine("usage: dotnet run --project src/InviteScreen.Training -- fit [--without-real] [--out FILE] | evaluate [--folds N] [--misses] | hits RULE_ID");
        return command == "help" ? 0 : 2;
}
