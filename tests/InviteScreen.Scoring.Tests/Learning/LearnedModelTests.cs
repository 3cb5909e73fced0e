using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Learning;

namespace InviteScreen.Scoring.Tests.Learning;

/// <summary>The model learned from a user's decisions, as a finding that says what it learned.</summary>
public sealed class LearnedModelTests
{
    private static readonly TrainingNote[] Decisions =
    [
        new("Tapas and war stories every Thursday in our members' lounge, pull up a chair", Generic: true),
        new("Every Thursday: tapas, decent wine and war stories in the members' lounge", Generic: true),
        new("Our members' lounge does war stories and tapas on Thursdays. Pull up a chair?", Generic: true),
        new("Good pairing with you on the flaky ledger test yesterday, sending the trace", Generic: false),
        new("Thanks for the Terraform walkthrough after standup, the drift check helped", Generic: false),
    ];

    [Fact]
    public void Train_WithOneKindOfDecisionOnly_LearnsNothing()
    {
        Assert.Null(LearnedModel.Train([.. Decisions.Where(d => d.Generic)]));
        Assert.Null(LearnedModel.Train([]));
    }

    [Fact]
    public void Score_NoteLikeThoseMarkedGeneric_GetsAFindingCountingThem()
    {
        var learned = LearnedModel.Train(Decisions)!;
        const string note = "Pull up a chair: war stories and tapas each Thursday in the members' lounge.";

        var result = Scorers.Default.Score(new InvitationText("Marta", "Community lead", note), new ScoringContext([], learned));
        var without = Scorers.Score(note, "Community lead", "Marta");

        var finding = Assert.Single(result.Findings, f => f.RuleId == "LEARNED_GENERIC");
        Assert.Matches("^You marked [1-3] notes like this as generic: '.+'$", finding.Explanation);
        Assert.True(finding.Points > 0);
        Assert.True(result.Score > without.Score, $"{without.Score} → {result.Score}");
    }

    [Fact]
    public void Score_LearnedFinding_IsCappedByItsCategory()
    {
        var cap = RuleCatalogue.LoadEmbedded().Categories.Single(c => c.Id == "learned").Cap;
        var learned = LearnedModel.Train([.. Enumerable.Repeat(Decisions, 20).SelectMany(d => d)])!;

        var result = Scorers.Default.Score(new InvitationText(null, null, Decisions[0].Message), new ScoringContext([], learned));

        Assert.InRange(result.Findings.Where(f => f.Category == "learned").Sum(f => f.Points), 1, cap);
    }
}
