namespace InviteScreen.Scoring.Tests;

/// <summary>The acceptance examples and one theory per signal family, asserted on the findings the API returns.</summary>
public sealed class GenericnessScorerTests
{
    private const string NeutralNote = "Hi Sam, your talk on SQLite WAL at NDC Oslo was great.";

    [Fact]
    public void Score_SynergiesNoteFromBusinessDeveloper_IsFlaggedWithItsEvidence()
    {
        var result = Scorers.Score(
            "Hi, I came across your profile and would love to connect to explore synergies and mutually beneficial opportunities",
            headline: "Business Development Manager");

        Assert.True(result.Score >= 75, $"score {result.Score}");
        Assert.True(result.Flagged);
        Assert.Equal(Verdict.Generic, result.Verdict);
        Assert.Contains(result.Findings, f => f.Text == "synergies" && f.Points > 0);
        Assert.Contains(result.Findings, f => f.Text == "mutually beneficial opportunities" && f.Points > 0);
        Assert.Contains(result.Findings, f => f.Field == InvitationField.Headline && f.Points > 0);
    }

    [Fact]
    public void Score_ThanksForASpecificTalk_IsPersonalAndNotFlagged()
    {
        var result = Scorers.Score("Hi Sam, thanks for the talk on SQLite WAL at NDC Oslo yesterday - the checkpoint demo fixed a bug we chased for weeks");

        Assert.True(result.Score < 30, $"score {result.Score}");
        Assert.False(result.Flagged);
        Assert.Equal(Verdict.Personal, result.Verdict);
    }

    [Theory]
    [InlineData("Hi Jennifer, I noticed you're the Director of Engineering at Acme Logistics in Columbus, Ohio. I'd love to connect!", "noticed you're the Director of Engineering at Acme Logistics in Columbus, Ohio")]
    [InlineData("Hi Rohit, I see that you are a Software Engineer at Amazon in Hyderabad and studied at BITS Pilani. Would love to connect.", "see that you are a Software Engineer at Amazon in Hyderabad and studied at BITS Pilani")]
    public void Score_NoteThatReadsTheProfileBack_IsFlaggedAndItsFieldsAreNotDetails(string message, string echo)
    {
        var result = Scorers.Score(message);

        Assert.True(result.Flagged, $"score {result.Score}");
        Assert.Contains(result.Findings, f => f.RuleId == "PROFILE_ECHO" && f.Text == echo);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "PERSONAL_DETAIL");
    }

    [Theory]
    [InlineData("Attending Web Summit? Let's meet at our booth C-214 for free espresso and a live demo of our new analytics suite!")]
    [InlineData("Hi! We're organising DataConf Europe 2025 in Vienna (8-9 Oct). Early-bird tickets end Sunday, use code LINKEDIN20 for 20% off!")]
    public void Score_PitchFullOfNamesAndDates_IsFlaggedWithNoReason(string message)
    {
        var result = Scorers.Score(message);

        Assert.True(result.Flagged, $"score {result.Score}");
        Assert.Contains(result.Findings, f => f.RuleId == "NO_REASON");
    }

    [Fact]
    public void Score_ShortNoteNamingTheirPost_IsPersonal()
    {
        var result = Scorers.Score("Your 'Boring Postgres' post is pinned on our wall.", headline: "Growth Lead");

        Assert.False(result.Flagged, $"score {result.Score}");
        Assert.Contains(result.Findings, f => f.RuleId == "PERSONAL_YOUR_WORK_SPECIFIC" && f.Text.StartsWith("Your 'Boring Postgres' post", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("\u200B")]
    [InlineData("Hi Sam,")]
    public void Score_WhenNoteIsEmpty_IsFlaggedWithSpanlessNoNote(string? message)
    {
        var result = Scorers.Score(message);

        var noNote = Assert.Single(result.Findings, f => f.RuleId == "NO_NOTE");
        Assert.Equal(0, noNote.Length);
        Assert.Equal("", noNote.Text);
        Assert.True(noNote.Points > 0);
        Assert.True(result.Flagged);
    }

    [Theory]
    [InlineData("Let's explore synergies.", "BUZZ_SYNERGY", "synergies")]
    [InlineData("A mutually beneficial partnership awaits.", "BUZZ_MUTUAL_BENEFIT", "mutually beneficial partnership")]
    [InlineData("Keen to explore opportunities with you.", "BUZZ_OPPORTUNITIES", "explore opportunities")]
    [InlineData("We leverage data to add value.", "BUZZ_CORPORATE_SPEAK", "leverage")]
    [InlineData("Let's touch base soon.", "BUZZ_CORPORATE_SPEAK", "touch base")]
    public void Score_Buzzword_IsEvidence(string message, string ruleId, string text) =>
        AssertEvidence(Scorers.Score(message), ruleId, "buzzword", text);

    [Theory]
    [InlineData("I'd like to add you to my professional network.", "PAD_ADD_TO_NETWORK", "add you to my professional network")]
    [InlineData("Looking to expand my network.", "PAD_EXPAND_NETWORK", "expand my network")]
    [InlineData("Great to meet like-minded people.", "PAD_LIKE_MINDED", "like-minded")]
    [InlineData("Hope you are doing well!", "PAD_PLEASANTRIES", "Hope you are doing well")]
    [InlineData("Ich würde mich freuen, wenn wir uns vernetzen.", "PAD_LETS_CONNECT", "uns vernetzen")]
    public void Score_NetworkPadding_IsEvidence(string message, string ruleId, string text) =>
        AssertEvidence(Scorers.Score(message), ruleId, "padding", text);

    [Theory]
    [InlineData("Are you free for a quick 15 min call?", "PITCH_CALL_LENGTH", "15 min call")]
    [InlineData("Do you have 15 minutes of your time next week?", "PITCH_CALL", "minutes of your time")]
    [InlineData("Book a slot: https://calendly.com/ana-sales/15min", "PITCH_CALENDAR_LINK", "calendly.com")]
    [InlineData("We help companies like yours cut cloud costs.", "PITCH_WE_HELP", "We help")]
    [InlineData("Our clients grow 10x in a year.", "PITCH_NUMBERS_CLAIM", "10x")]
    [InlineData("We cut their costs by 35 % last quarter.", "PITCH_NUMBERS_CLAIM", "35 %")]
    [InlineData("We saved them $2.5M in fees.", "PITCH_NUMBERS_CLAIM", "$2.5M")]
    [InlineData("Trusted by 500+ companies.", "PITCH_NUMBERS_CLAIM", "500+ companies")]
    [InlineData("Would you be interested in a free trial?", "PITCH_OFFER", "free trial")]
    [InlineData("Who handles procurement at your end?", "PITCH_WHO_HANDLES", "Who handles")]
    [InlineData("En Innovatech ayudamos a equipos de RRHH a automatizar la nómina.", "PITCH_WE_HELP", "ayudamos a")]
    [InlineData("Wir unterstützen mittelständische Unternehmen bei der Digitalisierung.", "PITCH_WE_HELP", "Wir unterstützen")]
    [InlineData("Hätten Sie nächste Woche 15 Minuten Zeit?", "PITCH_CALL_LENGTH", "15 Minuten")]
    [InlineData("¿Te interesaría agendar una llamada esta semana?", "PITCH_CALL", "agendar una llamada")]
    public void Score_ColdPitch_IsEvidence(string message, string ruleId, string text) =>
        AssertEvidence(Scorers.Score(message), ruleId, "pitch", text);

    [Fact]
    public void Score_QuickFifteenMinuteCall_IsColdPitch() =>
        Assert.Contains(Scorers.Score("Do you have time for a quick 15 minute call?").Findings, f => f.Category == "pitch");

    [Theory]
    [InlineData("Business Development Manager", "HEADLINE_SALES", "Business Development")]
    [InlineData("Senior Account Executive | SaaS", "HEADLINE_SALES", "Account Executive")]
    [InlineData("Helping B2B founders book more meetings", "HEADLINE_HELPING", "Helping B2B founders book more meetings")]
    public void Score_SalesHeadline_IsEvidenceOnTheHeadline(string headline, string ruleId, string text)
    {
        var finding = AssertEvidence(Scorers.Score(NeutralNote, headline), ruleId, "headline", text);

        Assert.Equal(InvitationField.Headline, finding.Field);
    }

    [Theory]
    [InlineData("I just joined Acme as Account Executive. We help companies cut cloud costs by 30%.")]
    [InlineData("I recently joined Contoso. Would you be interested in a free trial?")]
    [InlineData("Excited to announce my new role at Initech! Our platform helps teams automate invoicing.")]
    public void Score_NewRoleThenPitch_AddsNewRolePitch(string message)
    {
        var result = Scorers.Score(message);

        Assert.Contains(result.Findings, f => f.RuleId == "NEW_ROLE" && f.HasSpan);
        var combination = Assert.Single(result.Findings, f => f.RuleId == "NEW_ROLE_PITCH");
        Assert.True(combination.Points > 0);
        Assert.Equal("", combination.Text);
    }

    [Fact]
    public void Score_NewRoleWithoutPitch_IsNotNewRolePitch() =>
        Assert.DoesNotContain(Scorers.Score("I just joined the storage team at Acme.").Findings, f => f.RuleId == "NEW_ROLE_PITCH");

    [Theory]
    [InlineData("Hi {first_name}, great to connect.", "TEMPLATE_PLACEHOLDER", "{first_name}")]
    [InlineData("Hi [Name], great to connect.", "TEMPLATE_PLACEHOLDER", "[Name]")]
    [InlineData("Hi {{firstName}}, great to connect.", "TEMPLATE_PLACEHOLDER", "{{firstName}}")]
    [InlineData("Hi %FIRSTNAME%, great to connect.", "TEMPLATE_PLACEHOLDER", "%FIRSTNAME%")]
    [InlineData("Dear Sir/Madam, I would like to connect.", "TEMPLATE_GREETING", "Dear Sir/Madam")]
    [InlineData("Hi there, I would like to connect.", "TEMPLATE_GREETING", "Hi there")]
    [InlineData("Hello first_name, great to connect.", "TEMPLATE_PLACEHOLDER", "first_name")]
    [InlineData("Hi , I would like to connect.", "TEMPLATE_EMPTY_FIELD", "Hi ,")]
    [InlineData("Congrats to everyone at  and good luck.", "TEMPLATE_EMPTY_FIELD", "at  and")]
    [InlineData("Congrats on your role at\u00a0 . Let's connect.", "TEMPLATE_EMPTY_FIELD", "at\u00a0 .")]
    public void Score_TemplateArtefact_IsEvidence(string message, string ruleId, string text) =>
        AssertEvidence(Scorers.Score(message), ruleId, "template", text);

    [Theory]
    [InlineData("I was impressed by your background.", "FLATTER_BACKGROUND", "impressed by your background")]
    [InlineData("I came across your profile today.", "FLATTER_PROFILE", "came across your profile")]
    [InlineData("I noticed we have mutual connections.", "FLATTER_NOTICED", "we have mutual connections")]
    public void Score_Flattery_IsEvidence(string message, string ruleId, string text) =>
        AssertEvidence(Scorers.Score(message), ruleId, "flattery", text);

    [Theory]
    [InlineData("Your talk on SQLite WAL at NDC Oslo was great.", "PERSONAL_YOUR_WORK_SPECIFIC", "Your talk on SQLite WAL")]
    [InlineData("Anna Kowalski suggested I reach out.", "PERSONAL_MUTUAL_CONTACT", "Anna Kowalski suggested")]
    [InlineData("Marta Nowak (we shipped the Allegro checkout together) mentioned your Kafka work.", "PERSONAL_MUTUAL_CONTACT", "Marta Nowak (we shipped the Allegro checkout together) mentioned")]
    [InlineData("We met at the Rust meetup in Lyon.", "PERSONAL_ENCOUNTER", "We met at")]
    [InlineData("Thanks for merging my fix yesterday.", "PERSONAL_MET", "Thanks for merging")]
    [InlineData("We worked together at Spotify.", "PERSONAL_SHARED_PAST", "We worked together")]
    [InlineData("Quick question about your Kafka talk.", "PERSONAL_CONCRETE_ASK", "question about your")]
    [InlineData("hey, you answered my question about pgbouncer pooling in the thread yesterday", "PERSONAL_YOUR_WORK_SPECIFIC", "you answered my question about pgbouncer pooling")]
    public void Score_PersonalisationCredit_IsNegativeEvidence(string message, string ruleId, string text)
    {
        var result = Scorers.Score(message);

        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId && f.Text == text);
        Assert.Equal("personal", finding.Category);
        Assert.True(finding.Points < 0, $"{ruleId} earned {finding.Points}");
        Assert.False(result.Flagged);
    }

    private static Finding AssertEvidence(ScoreResult result, string ruleId, string category, string text)
    {
        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId && f.Text == text);
        Assert.Equal(category, finding.Category);
        Assert.True(finding.Points > 0, $"{ruleId} earned {finding.Points}");
        Assert.False(string.IsNullOrWhiteSpace(finding.Explanation));
        return finding;
    }
}
