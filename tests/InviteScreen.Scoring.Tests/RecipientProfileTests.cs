namespace InviteScreen.Scoring.Tests;

/// <summary>Details that only repeat the recipient's own profile are mail-merge fields (MAIL_MERGE_ECHO).</summary>
public sealed class RecipientProfileTests
{
    private const string Note = "Hi Priya, I love what Northwind is doing in Rotterdam. Let's connect!";

    private static readonly RecipientProfile Priya = new("Priya Raman", "Staff Engineer at Northwind", "Northwind", "Logistics software", "Rotterdam, Netherlands", "TU Delft");

    [Fact]
    public void Score_DetailsEchoingTheProfile_AreMailMerge()
    {
        var result = Scorers.Default.Score(new InvitationText("Rick", "Account Executive", Note), new ScoringContext([], Recipient: Priya));

        Assert.Contains(result.Findings, f => f.RuleId == "MAIL_MERGE_ECHO" && f.Text == "Northwind");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "PERSONAL_DETAIL" && f.Text is "Northwind" or "Rotterdam");
        Assert.True(result.Findings.Single(f => f.RuleId == "MAIL_MERGE_ECHO" && f.Text == "Northwind").Points > 0);
    }

    [Fact]
    public void Score_WithoutOrWithEmptyProfile_IsTheSame()
    {
        var none = Scorers.Score(Note, "Account Executive", "Rick");
        var empty = Scorers.Default.Score(new InvitationText("Rick", "Account Executive", Note), new ScoringContext([], Recipient: new RecipientProfile(null, null, "", null, " ", null)));

        Assert.Equal(none.Findings.Select(f => (f.RuleId, f.Text, f.Points)), empty.Findings.Select(f => (f.RuleId, f.Text, f.Points)));
        Assert.DoesNotContain(empty.Findings, f => f.RuleId == "MAIL_MERGE_ECHO");
    }

    [Fact]
    public void Score_NoteWhoseDetailsTheProfileLacks_IsUnchanged()
    {
        var note = new InvitationText("Lena", "Engineer", "Sofia Berg suggested I ask you about the Kafka rollout at Zalando in 2023.");

        var with = Scorers.Default.Score(note, new ScoringContext([], Recipient: Priya));
        var without = Scorers.Default.Score(note);

        Assert.Equal(without.Findings.Select(f => (f.RuleId, f.Text, f.Points)), with.Findings.Select(f => (f.RuleId, f.Text, f.Points)));
        Assert.Contains(with.Findings, f => f.RuleId == "PERSONAL_DETAIL");
    }

    [Theory]
    [InlineData("Northwind", true)]
    [InlineData("northwind", true)]
    [InlineData("TU Delft", true)]
    [InlineData("Northwind Labs", false)]
    [InlineData("", false)]
    public void Echoes_OnlyWhenEveryWordIsTheProfiles(string detail, bool echoes) =>
        Assert.Equal(echoes, Priya.Echoes(detail));
}
