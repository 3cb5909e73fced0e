using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Tests;

/// <summary>score = round(100 × (1 − e^(−E / Saturation))), floored at 0; the bands turn a score into a verdict.</summary>
public sealed class ScoringOptionsTests
{
    private readonly ScoringOptions options = new();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(-500, 0)]
    [InlineData(int.MinValue, 0)]
    [InlineData(1, 2)]
    [InlineData(40, 63)]
    [InlineData(80, 86)]
    [InlineData(1_000, 100)]
    [InlineData(int.MaxValue, 100)]
    public void ToScore_Evidence_IsSaturatedPercentage(int evidence, int expected) =>
        Assert.Equal(expected, options.ToScore(evidence));

    [Fact]
    public void ToScore_MoreEvidence_NeverScoresLower()
    {
        for (var evidence = -100; evidence < 2_000; evidence++)
        {
            Assert.True(options.ToScore(evidence + 1) >= options.ToScore(evidence), $"evidence {evidence}");
        }
    }

    [Fact]
    public void ToScore_GentlerSaturation_ScoresLower() =>
        Assert.True(new ScoringOptions { Saturation = 80 }.ToScore(40) < options.ToScore(40));

    [Theory]
    [InlineData(0, Verdict.Personal)]
    [InlineData(29, Verdict.Personal)]
    [InlineData(30, Verdict.Mixed)]
    [InlineData(59, Verdict.Mixed)]
    [InlineData(60, Verdict.Generic)]
    [InlineData(100, Verdict.Generic)]
    public void ToVerdict_DefaultBands_SplitAt30And60(int score, Verdict expected) =>
        Assert.Equal(expected, options.ToVerdict(score));

    [Theory]
    [InlineData(19, Verdict.Personal)]
    [InlineData(20, Verdict.Mixed)]
    [InlineData(79, Verdict.Mixed)]
    [InlineData(80, Verdict.Generic)]
    public void ToVerdict_ConfiguredBands_AreHonoured(int score, Verdict expected) =>
        Assert.Equal(expected, new ScoringOptions { PersonalBelow = 20, GenericFrom = 80 }.ToVerdict(score));

    [Theory]
    [InlineData(101, 60, 30, 40)]
    [InlineData(-1, 60, 30, 40)]
    [InlineData(60, 101, 30, 40)]
    [InlineData(60, 50, 70, 40)]
    [InlineData(60, 60, 30, 0)]
    public void Scorer_InvalidOptions_AreRejected(int flagThreshold, int genericFrom, int personalBelow, double saturation)
    {
        var invalid = new ScoringOptions { FlagThreshold = flagThreshold, GenericFrom = genericFrom, PersonalBelow = personalBelow, Saturation = saturation };

        Assert.Throws<ArgumentException>(() => new GenericnessScorer(RuleCatalogue.LoadEmbedded(), invalid));
    }

    [Fact]
    public void Score_AtFlagThreshold_IsFlagged()
    {
        var score = Scorers.Score("I'd like to add you to my professional network.").Score;
        var scorer = new GenericnessScorer(RuleCatalogue.LoadEmbedded(), new ScoringOptions { FlagThreshold = score });

        var result = scorer.Score(new InvitationText(null, null, "I'd like to add you to my professional network."));

        Assert.True(result.Flagged);
        Assert.Equal(score, result.Threshold);
    }
}
