using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Fitting;

namespace InviteScreen.Scoring.Tests.Fitting;

/// <summary>A user's personal weights: refitted on the project's corpora and their decisions, kept only when better.</summary>
public sealed class PersonalFitTests
{
    // This user treats members'-lounge invitations as mass outreach; the shipped weights see little in them.
    private static readonly string[] LoungeNotes =
    [
        "Tapas and war stories every Thursday in our members' lounge, pull up a chair",
        "Every Thursday: tapas, decent wine and war stories in the members' lounge",
        "Our members' lounge does war stories and tapas on Thursdays. Pull up a chair?",
        "Thursday tapas in the members' lounge again, bring a war story",
        "The members' lounge is open Thursday evening, tapas and war stories as usual",
        "Pull up a chair at the members' lounge this Thursday, tapas on us",
        "War stories, tapas, Thursday: the members' lounge saves you a chair",
        "Members' lounge Thursday night. Tapas, wine, war stories. Join us",
        "Come for the tapas, stay for the war stories, Thursdays at the members' lounge",
        "A chair is waiting in the members' lounge on Thursday, with tapas",
        "Thursday war stories over tapas in the lounge for members, come along",
        "Tapas night at the members' lounge on Thursday, your chair is free",
    ];

    private static readonly string[] PersonalNotes =
    [
        "Good pairing with you on the flaky ledger test yesterday, sending the trace",
        "Thanks for the Terraform walkthrough after standup, the drift check helped",
        "Loved your question at the Lisbon meetup about retry budgets, still thinking about it",
        "Marta said you rebuilt the billing export at Fenwick, could I ask how you batched it?",
        "We sat together on the panel on Tuesday, here is the paper I mentioned",
        "Your post on SQLite WAL checkpoints fixed our nightly stall, thank you",
        "Great to finally meet at Jonas's farewell, let's keep the chess going",
        "You reviewed my pull request on the parser last week, the fix for quotes is in",
        "Following up on our call about the Kraków office move, the floor plan is attached",
        "Met you at the climbing gym on Sunday, you mentioned the route setting course",
        "Your talk on queue back-pressure at DevDays answered the question my team had",
        "Thanks for lending the soldering iron at the hackathon, I owe you a coffee",
    ];

    private static readonly ScoringOptions Options = new();

    private static FitNote[] Decisions() =>
        [.. LoungeNotes.Select((m, i) => Note(m, generic: true, $"lounge-{i}")), .. PersonalNotes.Select((m, i) => Note(m, generic: false, $"friend-{i}"))];

    private static FitNote Note(string message, bool generic, string sender) => new(new InvitationText(sender, "", message), generic, sender, Measured: true);

    [Fact]
    public void Fit_BelowTwentyDecisions_KeepsTheShippedWeights()
    {
        var few = Decisions()[..8].Concat(Decisions()[^8..]).ToArray();

        Assert.Null(PersonalFit.Fit(few, [.. few.Select(_ => 0)], Options));
    }

    [Fact]
    public void Fit_WhenTheCurrentScoreAlreadyRanksEveryDecision_KeepsIt()
    {
        var decisions = Decisions();

        Assert.Null(PersonalFit.Fit(decisions, [.. decisions.Select(d => d.Generic ? 90 : 0)], Options));
    }

    [Fact]
    public void Fit_WhenTheShippedScoreMissesTheUsersKind_LearnsItForNewNotes()
    {
        var decisions = Decisions();
        var shipped = new GenericnessScorer(RuleCatalogue.LoadEmbedded(), Options);

        var personal = PersonalFit.Fit(decisions, [.. decisions.Select(d => shipped.Score(d.Text).Evidence)], Options);

        Assert.NotNull(personal);
        Assert.True(personal.HeldOutAuc > personal.CurrentAuc, $"held out {personal.HeldOutAuc:F3}, current {personal.CurrentAuc:F3}");
        var unseen = new InvitationText("Someone new", "", "Thursday in the members' lounge: tapas and a chair for your war stories");
        Assert.True(new GenericnessScorer(RuleCatalogue.LoadEmbedded(personal.Weights), Options).Score(unseen).Score > shipped.Score(unseen).Score);
    }
}
