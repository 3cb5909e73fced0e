using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Tests.Catalogue;

public sealed class RuleOverlayTests
{
    private const string Note = "Hi, I would love to connect to explore synergies";

    [Fact]
    public void DisabledRule_NoLongerFires_AndOtherRulesStillDo()
    {
        var catalogue = RuleCatalogue.LoadEmbedded();
        catalogue.ApplyOverlay([new RuleOverlay("BUZZ_SYNERGY", Disabled: true, Points: null)]);
        var result = new GenericnessScorer(catalogue, new ScoringOptions()).Score(new InvitationText(null, null, Note));

        Assert.Contains(Scorers.Score(Note).Findings, f => f.RuleId == "BUZZ_SYNERGY");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "BUZZ_SYNERGY");
        Assert.Contains(result.Findings, f => f.RuleId == "PAD_LETS_CONNECT");
    }

    [Fact]
    public void ChangedPoints_AreTheRulesPoints()
    {
        var catalogue = RuleCatalogue.LoadEmbedded();
        catalogue.ApplyOverlay([new RuleOverlay("BUZZ_SYNERGY", Disabled: false, Points: 3)]);

        Assert.Equal(3, catalogue.Rules.Single(r => r.Id == "BUZZ_SYNERGY").Points);
    }

    [Theory]
    [InlineData("NO_SUCH_RULE", false, 5, "not in the catalogue")]
    [InlineData("BUZZ_SYNERGY", false, 0, "not 0")]
    [InlineData("BUZZ_SYNERGY", false, 101, "between -100 and 100")]
    [InlineData("BUZZ_SYNERGY", false, -5, "keep their sign")]
    [InlineData("MASS_TEMPLATE", true, null, "cannot be disabled")]
    public void InvalidChange_IsRefusedNamingTheRule(string rule, bool disabled, int? points, string message)
    {
        var catalogue = RuleCatalogue.LoadEmbedded();

        var error = Assert.Throws<CatalogueException>(() => catalogue.ApplyOverlay([new RuleOverlay(rule, disabled, points)]));

        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
