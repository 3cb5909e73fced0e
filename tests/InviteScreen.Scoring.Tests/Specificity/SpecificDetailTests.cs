namespace InviteScreen.Scoring.Tests.Specificity;

/// <summary>
/// A capitalised word is a detail about the recipient only when nothing else explains its capital: not the first word
/// of a quotation, not the sender's own name, company or product, not a word of the sender's self-introduction or of
/// a sentence that pitches.
/// </summary>
public sealed class SpecificDetailTests
{
    [Theory]
    [InlineData("As Elon Musk says, 'When something is important enough, you do it.'", "", "When")]
    [InlineData("Good afternoon, I represent Precision CNC Solutions, an ISO 9001 certified supplier.", "", "Precision")]
    [InlineData("Sir, I am a big fan of Satya Nadella.", "", "Satya")]
    [InlineData("Building the future of DeFi at ChainForge. Let's connect!", "Founder @ ChainForge | DeFi", "ChainForge")]
    [InlineData("Hallo Jana, ich würde mich freuen, mich mit Ihnen zu vernetzen.", "", "Ihnen")]
    [InlineData("Hoi Jeroen, leuk om te connecten!", "", "Jeroen")]
    [InlineData("Buenos días Ana, gracias por la charla.", "", "Ana")]
    public void Score_CapitalExplainedOtherwise_IsNoDetail(string message, string headline, string word)
    {
        var result = Scorers.Score(message, headline);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "PERSONAL_DETAIL" && f.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_NamesAndDatesInASentenceThatPitches_AreNoDetails()
    {
        var result = Scorers.Score("Join our free webinar 'Scaling Nursing Recruitment in 2025' on June 12. Limited seats.");

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "PERSONAL_DETAIL");
    }

    [Fact]
    public void Score_DetailsBesideAPitchInAnotherSentence_StayDetails()
    {
        var result = Scorers.Score("We met at KubeCon Paris last March. Would you be open to a quick call?");

        Assert.Contains(result.Findings, f => f.RuleId == "PERSONAL_DETAIL" && f.Text.Contains("KubeCon", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_TitleInCapitals_IsNoMutualContact()
    {
        var result = Scorers.Score("You're invited to our masterclass “Leading Through Uncertainty” this Thursday.");

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "PERSONAL_MUTUAL_CONTACT");
    }

    [Fact]
    public void Score_NameTheSenderDoesNotCarry_IsADetail()
    {
        var result = Scorers.Score("Loved your demo of ChainForge at ETHDenver on Friday.", "Staff Engineer at Northwind");

        Assert.Contains(result.Findings, f => f.RuleId == "PERSONAL_DETAIL" && f.Text.Contains("ChainForge", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Great meeting you at the event! Let's stay connected.")]
    [InlineData("Nice meeting you at the conference, keep in touch.")]
    public void Score_EncounterNamingNothing_EarnsNoCredit(string message)
    {
        var result = Scorers.Score(message);

        Assert.DoesNotContain(result.Findings, f => f.Category == "personal");
        Assert.Contains(result.Findings, f => f.RuleId == "NO_REASON");
    }

    [Fact]
    public void Score_OneWordQuotedTitle_NamesTheWork() =>
        Assert.Contains(Scorers.Score("Loved your 'Kafka' talk.").Findings, f => f.RuleId == "PERSONAL_YOUR_WORK_SPECIFIC");

    [Fact]
    public void Score_EncounterInAPitch_EarnsNoCredit()
    {
        var result = Scorers.Score("Great meeting you at the expo! We help companies like Stripe and Shopify cut fees.");

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "PERSONAL_ENCOUNTER");
    }

    [Theory]
    [InlineData("Great meeting you at the Lisbon meetup!")]
    [InlineData("Great meeting you yesterday at the meetup!")]
    [InlineData("Great meeting you last night at the meetup!")]
    public void Score_EncounterThatNamesSomething_IsCredited(string message)
    {
        var result = Scorers.Score(message);

        Assert.Contains(result.Findings, f => f.RuleId == "PERSONAL_ENCOUNTER" && f.Points < 0);
        Assert.False(result.Flagged);
    }
}
