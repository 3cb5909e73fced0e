namespace InviteScreen.Scoring.Tests;

/// <summary>Phrases match however the sender typed them, and only on word boundaries; the finding shows the sender's own text.</summary>
public sealed class GenericnessScorerMatchingTests
{
    [Theory]
    [InlineData("I\u2019d like to add you to my professional network.", "PAD_ADD_TO_NETWORK", "add you to my professional network")]
    [InlineData("I\u2019d love to connect.", "PAD_LETS_CONNECT", "I\u2019d love to connect")]
    [InlineData("I\uFF07d love to connect.", "PAD_LETS_CONNECT", "I\uFF07d love to connect")]
    [InlineData("Let's explore mutually-beneficial partnerships.", "BUZZ_MUTUAL_BENEFIT", "mutually-beneficial partnerships")]
    [InlineData("Let's explore mutually\u2013beneficial opportunities.", "BUZZ_MUTUAL_BENEFIT", "mutually\u2013beneficial opportunities")]
    [InlineData("I'd\u00A0like to add you to my\u00A0professional\u00A0network.", "PAD_ADD_TO_NETWORK", "add you to my\u00A0professional\u00A0network")]
    [InlineData("add you to my\r\n   professional network", "PAD_ADD_TO_NETWORK", "add you to my\r\n   professional network")]
    [InlineData("Let's explore syn\u200Bergies.", "BUZZ_SYNERGY", "syn\u200Bergies")]
    [InlineData("Héllo, let's explore SYNÉRGIES", "BUZZ_SYNERGY", "SYNÉRGIES")]
    [InlineData("I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK", "PAD_ADD_TO_NETWORK", "ADD YOU TO MY PROFESSIONAL NETWORK")]
    [InlineData("Our synergistic approach.", "BUZZ_SYNERGY", "synergistic")]
    [InlineData("We leveraged our data.", "BUZZ_CORPORATE_SPEAK", "leveraged")]
    [InlineData("We are disruptive.", "BUZZ_CORPORATE_SPEAK", "disruptive")]
    [InlineData("Hello   there, how are you", "TEMPLATE_GREETING", "Hello   there")]
    [InlineData("Let's explore syne\u0301rgies.", "BUZZ_SYNERGY", "syne\u0301rgies")]
    public void Score_PhraseTypedDifferently_IsFoundWithOriginalText(string message, string ruleId, string text) =>
        Assert.Contains(Scorers.Score(message).Findings, f => f.RuleId == ruleId && f.Text == text && f.Points > 0);

    [Theory]
    [InlineData("I want to demonstrate the bug we hit.", "PITCH_OFFER")]
    [InlineData("Our antisynergy plan.", "BUZZ_SYNERGY")]
    [InlineData("A heroic effort at the hotspots.", "PITCH_OFFER")]
    public void Score_PhraseInsideAnotherWord_IsNotFound(string message, string ruleId) =>
        Assert.DoesNotContain(Scorers.Score(message).Findings, f => f.RuleId == ruleId);

    [Theory]
    [InlineData("Engineer at Microsoft")]
    [InlineData("Macroeconomist")]
    [InlineData("Salesforce administrator turned Rust developer")]
    public void Score_HeadlineWordContainingSalesTerm_IsNotSalesHeadline(string headline) =>
        Assert.DoesNotContain(Scorers.Score("Hello", headline).Findings, f => f.RuleId == "HEADLINE_SALES");

    [Fact]
    public void Score_SenderNameWithSmiley_IsNotATagline() =>
        Assert.DoesNotContain(Scorers.Score("Hello", senderName: "Ana 😀").Findings, f => f.RuleId == "SENDER_NAME_TAGLINE");

    [Theory]
    [InlineData("Dana Wells | B2B Growth", "|")]
    [InlineData("Dana Wells 🚀", "🚀")]
    [InlineData("Dana Wells, Sales Coach", "Sales")]
    public void Score_SenderNameWithTagline_IsEvidenceOnTheName(string senderName, string text)
    {
        var finding = Assert.Single(Scorers.Score("Hello", senderName: senderName).Findings, f => f.RuleId == "SENDER_NAME_TAGLINE" && f.Points > 0);

        Assert.Equal(InvitationField.SenderName, finding.Field);
        Assert.Equal(text, finding.Text);
    }

    [Fact]
    public void Score_GapOfAnyWhiteSpace_IsEmptyMergeField()
    {
        var whiteSpace = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace);

        Assert.All(whiteSpace, c => Assert.Contains(
            Scorers.Score($"Congrats to everyone at{c}{c}and good luck.").Findings, f => f.RuleId == "TEMPLATE_EMPTY_FIELD"));
    }
}
