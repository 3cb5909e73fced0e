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
    public void Train_WhenTheWordsTellNothingTheEngineDoesNot_GivesThemNoWeight()
    {
        // Digits all read as '0', so every note has the same n-grams; only the engine's evidence tells them apart.
        TrainingNote[] decisions = [.. Enumerable.Range(0, 12).Select(i => new TrainingNote($"Hello there, note number {i}", Generic: i % 2 == 0))];
        int[] separating = [.. decisions.Select(d => d.Generic ? 60 : 10)];

        var learned = LearnedModel.Train(decisions, separating)!;

        Assert.Equal(0, learned.PointsPerLogit);
        Assert.Equal(1.0, learned.EngineAuc);
    }

    [Fact]
    public void Train_WithOneKindOfDecisionOnly_LearnsNothing()
    {
        TrainingNote[] generic = [.. Decisions.Where(d => d.Generic)];

        Assert.Null(LearnedModel.Train(generic, Evidence(generic)));
        Assert.Null(LearnedModel.Train([], []));
    }

    [Fact]
    public void Score_NoteLikeThoseMarkedGeneric_GetsAFindingCountingThem()
    {
        var learned = LearnedModel.Train(Decisions, Evidence(Decisions))!;
        const string note = "Pull up a chair: war stories and tapas each Thursday in the members' lounge.";

        var result = Scorers.Default.Score(new InvitationText("Marta", "Community lead", note), new ScoringContext([], learned));
        var without = Scorers.Score(note, "Community lead", "Marta");

        var finding = Assert.Single(result.Findings, f => f.RuleId == "LEARNED_GENERIC");
        Assert.Matches("^You marked [1-3] notes like this as generic: '.+'$", finding.Explanation);
        Assert.True(finding.Points > 0);
        Assert.True(result.Score > without.Score, $"{without.Score} → {result.Score}");
    }

    private static int[] Evidence(IEnumerable<TrainingNote> notes) => [.. notes.Select(n => Scorers.Score(n.Message).Evidence)];
}
