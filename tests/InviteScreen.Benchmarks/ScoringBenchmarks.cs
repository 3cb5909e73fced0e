using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Benchmarks;

/// <summary>
/// The engine against the obvious alternative: one regex per rule, run rule after rule over each message.
/// The batch benchmarks report per invitation (OperationsPerInvoke); the engine also reads headline and sender name.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Invitations = 10_000;
    private const RegexOptions NaiveOptions = RegexOptions.IgnoreCase | RegexOptions.Compiled;

    private InvitationText[] invitations = [];
    private Regex[] naiveRules = [];
    private GenericnessScorer scorer = null!;
    private GenericnessScorer withoutTextModel = null!;
    private InvitationText fewFindings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = RuleCatalogue.LoadEmbedded();
        scorer = new GenericnessScorer(catalogue, new ScoringOptions());
        var rulesOnly = RuleCatalogue.LoadEmbedded();
        rulesOnly.TextModel = null;
        withoutTextModel = new GenericnessScorer(rulesOnly, new ScoringOptions());
        invitations = InvitationCorpus.Generate(Invitations, seed: 20_240_611);
        naiveRules = [.. catalogue.Rules.Where(r => r.Fields.Contains(InvitationField.Message)).Select(NaiveRegex).OfType<Regex>()];
        fewFindings = new InvitationText("Ana Novak", "Staff Engineer at Northwind", "Hi Sam, your talk on SQLite WAL at NDC Oslo was great; we switched our sync service over and the lock contention is gone. Cheers, Ana");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Invitations)]
    public int NaiveRegexBaseline()
    {
        var matches = 0;
        foreach (var invitation in invitations)
        {
            foreach (var rule in naiveRules)
            {
                matches += rule.Count(invitation.Message!);
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = Invitations)]
    public int Engine() => ScoreAll(scorer);

    /// <summary>The same engine without its text model: what the model's reading and explanation cost.</summary>
    [Benchmark(OperationsPerInvoke = Invitations)]
    public int EngineWithoutTextModel() => ScoreAll(withoutTextModel);

    private int ScoreAll(GenericnessScorer engine)
    {
        var findings = 0;
        foreach (var invitation in invitations)
        {
            findings += engine.Score(invitation).Findings.Count;
        }

        return findings;
    }

    /// <summary>What one typical personal note costs in allocations: the findings list and little else.</summary>
    [Benchmark]
    public ScoreResult NoFindingAllocation() => scorer.Score(fewFindings);

    private static Regex? NaiveRegex(RuleDefinition rule) => rule.Kind switch
    {
        RuleKind.Phrases => new Regex($@"\b(?:{string.Join('|', rule.Phrases!.Select(Alternative))})", NaiveOptions),
        RuleKind.Pattern => new Regex(rule.Pattern!, NaiveOptions),
        _ => null,
    };

    private static string Alternative(string phrase) =>
        phrase.EndsWith('*') ? Regex.Escape(phrase.TrimEnd('*')) + @"\w*" : Regex.Escape(phrase) + @"\b";
}
