using InviteScreen.Scoring.Policy;

namespace InviteScreen.Scoring.Tests.Policy;

public sealed class ScreeningPolicyTests
{
    private static readonly InvitationText Generic = new("Dana Whitfield", "Growth Hacker at Acme Inc", "Hi, I came across your profile and would love to connect to explore synergies");

    private static ScoreResult Score(InvitationText text, ScreeningPolicy policy, string? url = null) =>
        Scorers.Default.Score(text, new ScoringContext([], Policy: policy, ProfileUrl: url));

    [Fact]
    public void Allowed_ScoresZero_TheFindingCancellingTheRest()
    {
        var result = Score(Generic, new ScreeningPolicy([new ListEntry(ListKind.Allow, ListField.Company, "acme inc")], false));

        Assert.Equal(0, result.Score);
        Assert.False(result.Flagged);
        var allow = Assert.Single(result.Findings, f => f.RuleId == ScreeningPolicy.AllowRule);
        Assert.Equal(0, result.Evidence);
        Assert.Equal("Acme Inc", allow.Text);
        Assert.Equal(allow.Text, Generic.Get(allow.Field).Substring(allow.Start, allow.Length));
    }

    [Fact]
    public void Blocked_ScoresFull_EvenForAPersonalNote()
    {
        var personal = new InvitationText("Lena Park", "Staff Engineer", "Hi Sam, thanks for the talk on SQLite WAL at NDC Oslo yesterday");

        var result = Score(personal, new ScreeningPolicy([new ListEntry(ListKind.Block, ListField.ProfileUrl, "https://www.linkedin.com/in/lena/")], false), "linkedin.com/in/Lena?trk=x");

        Assert.Equal(100, result.Score);
        Assert.True(result.Flagged);
        Assert.Contains(result.Findings, f => f.RuleId == ScreeningPolicy.BlockRule && f.Explanation.Contains("profile URL", StringComparison.Ordinal));
    }

    [Fact]
    public void AllowWinsOverBlock()
    {
        var result = Score(Generic, new ScreeningPolicy(
            [new ListEntry(ListKind.Block, ListField.Name, "Dana Whitfield"), new ListEntry(ListKind.Allow, ListField.Keyword, "growth hacker")], false));

        Assert.Equal(0, result.Score);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ScreeningPolicy.BlockRule);
    }

    [Theory]
    [InlineData("hacker", true)]
    [InlineData("hack", false)]
    [InlineData("inc", true)]
    [InlineData("Acme Inc Ltd", false)]
    public void Keywords_MatchWholeWordsOfTheHeadline(string keyword, bool matches)
    {
        var result = Score(Generic, new ScreeningPolicy([new ListEntry(ListKind.Block, ListField.Keyword, keyword)], false));

        Assert.Equal(matches, result.Findings.Any(f => f.RuleId == ScreeningPolicy.BlockRule));
    }

    [Fact]
    public void NeutralEmptyNote_ScoresZero_WithOneFindingSayingWhy()
    {
        var empty = new InvitationText("Sam Okafor", "Growth Hacker", "  ");

        var generic = Score(empty, new ScreeningPolicy([], false));
        var neutral = Score(empty, new ScreeningPolicy([], true));

        Assert.Contains(generic.Findings, f => f.RuleId == "NO_NOTE");
        Assert.Equal(0, neutral.Score);
        Assert.Equal(ScreeningPolicy.NeutralEmptyNoteRule, Assert.Single(neutral.Findings).RuleId);
    }
}
