using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Fitting;
using InviteScreen.Training;

namespace InviteScreen.Scoring.Tests.Training;

/// <summary>The engine's fitted weights are reproducible: the fit command, run again, writes the same file.</summary>
public sealed class FittedWeightsTests
{
    [Fact]
    public void CommittedWeights_AreWhatTheFitCommandProduces()
    {
        var repository = LabelledNotes.FindRepository();
        var real = LabelledNotes.RealCorpusPath(repository);
        if (!File.Exists(real))
        {
            Assert.Skip($"The real corpus ({real}) is absent; the committed weights were fitted with it, so a refit here cannot reproduce them.");
        }

        var refit = WeightsFit.Fit(LabelledNotes.ForFit(LabelledNotes.Load(repository)), new ScoringOptions()).Weights.ToJson();

        Assert.Equal(File.ReadAllText(FittedWeightsFile.Path(repository)), refit);
    }

    [Fact]
    public void EmbeddedWeights_CoverEveryFittedRuleAndCarryTheTextModel()
    {
        var unfitted = RuleCatalogue.LoadEmbeddedUnfitted();
        using var stream = File.OpenRead(FittedWeightsFile.Path(LabelledNotes.FindRepository()));
        var weights = FittedWeights.FromJson(stream);

        var fittedKinds = unfitted.Rules.Where(r => r.Kind is not (RuleKind.History or RuleKind.TextModel or RuleKind.Learned)).Select(r => r.Id);
        Assert.Equal(fittedKinds.Order(StringComparer.Ordinal), weights.RulePoints.Keys);
        Assert.NotNull(weights.TextModel);
        Assert.NotNull(RuleCatalogue.LoadEmbedded().TextModel);
    }

    [Fact]
    public void ApplyTo_RuleTheCatalogueLacks_IsRefusedWithItsName()
    {
        var weights = new FittedWeights { RulePoints = { ["NO_SUCH_RULE"] = 5 } };

        var error = Assert.Throws<CatalogueException>(() => weights.ApplyTo(RuleCatalogue.LoadEmbeddedUnfitted()));

        Assert.Contains("NO_SUCH_RULE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldPlan_PutsEverySourceInOneFold_AndBalancesSizes()
    {
        var notes = Enumerable.Range(0, 60).Select(i => new LabelledNote($"source {i % 7}", i % 2 == 0 ? "generic" : "personal", null, null, $"note {i}", Real: true)).ToList();

        var folds = FoldPlan.Assign([.. notes.Select(n => n.Source)], 3);

        Assert.All(notes.GroupBy(n => n.Source), source => Assert.Single(source.Select(n => folds[notes.IndexOf(n)]).Distinct()));
        Assert.InRange(folds.GroupBy(f => f).Max(g => g.Count()) - folds.GroupBy(f => f).Min(g => g.Count()), 0, 9);
    }
}
