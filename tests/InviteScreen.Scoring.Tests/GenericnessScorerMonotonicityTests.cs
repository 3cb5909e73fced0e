using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Tests;

/// <summary>
/// More generic text never lowers the rules' evidence, a personal touch never raises the score, and the score
/// saturates. The text model reads the whole note, so an added sentence may move its reading either way: the
/// buzzword properties hold for the rules' points.
/// </summary>
public sealed class GenericnessScorerMonotonicityTests
{
    public static TheoryData<string> GenericNotes =>
    [
        "Hi, I came across your profile and would love to connect to explore synergies and mutually beneficial opportunities",
        "I'd like to add you to my professional network.",
        "Hello, hope you are doing well. Looking to expand my network with like-minded professionals.",
        "Dear Sir/Madam, I am impressed by your background. Let's connect!",
        "Hi there, always happy to connect with people in the industry.",
    ];

    public static TheoryData<string> PitchNotes =>
    [
        "We help companies like yours cut cloud costs. Open to a quick call?",
        "I just joined Acme as Account Executive. Would you be interested in a free trial?",
    ];

    private static readonly string[] BuzzPhrases = [.. RuleCatalogue.LoadEmbedded().Rules
        .Where(r => r.Category == "buzzword")
        .SelectMany(r => r.Phrases ?? [])
        .Select(p => p.TrimEnd('*'))];

    [Theory]
    [MemberData(nameof(GenericNotes))]
    [MemberData(nameof(PitchNotes))]
    public void Score_WhenBuzzwordIsAdded_RulesEvidenceNeverDrops(string note)
    {
        var before = RulesEvidence(Scorers.Score(note));

        foreach (var phrase in BuzzPhrases)
        {
            var after = RulesEvidence(Scorers.Score($"{note} We should {phrase}."));
            Assert.True(after >= before, $"adding '{phrase}' took {before} to {after}");
        }
    }

    // A personal opener in front of a pitch is scored as part of the template (PERSONAL_OPENER_THEN_PITCH), so notes here carry no pitch.
    [Theory]
    [MemberData(nameof(GenericNotes))]
    public void Score_WhenPersonalCreditIsAdded_NeverRises(string note)
    {
        string[] credits =
        [
            "Anna Kowalski suggested I reach out.",
            "Your talk on SQLite WAL at NDC Oslo was great.",
            "We met at the Rust meetup in Lyon.",
            "We worked together at Spotify back in 2019.",
            "Quick question about your Kafka talk.",
        ];
        var before = Scorers.Score(note).Score;

        foreach (var credit in credits)
        {
            var after = Scorers.Score($"{note} {credit}").Score;
            Assert.True(after <= before, $"adding '{credit}' took {before} to {after}");
        }
    }

    [Fact]
    public void Score_WhenTitleCasedBuzzwordsAreAdded_RulesEvidenceNeverDrops()
    {
        const string note = "I would love to connect.";

        var after = RulesEvidence(Scorers.Score($"{note} Let us explore Synergistic Paradigms and Holistic Leverage."));

        Assert.True(after >= RulesEvidence(Scorers.Score(note)));
    }

    private static int RulesEvidence(ScoreResult result) => result.Findings.Where(f => f.Category is not ("textModel" or "textPersonal")).Sum(f => f.Points);

    [Fact]
    public void Score_WithFiftyBuzzwords_StaysAtMostHundred()
    {
        var note = string.Join(' ', Enumerable.Range(0, 50).Select(i => BuzzPhrases[i % BuzzPhrases.Length]));

        var result = Scorers.Score(note, "Business Development | Growth 🚀", "Max | Sales 🚀");

        Assert.InRange(result.Score, 90, 100);
    }

    [Fact]
    public void Score_WithEveryCataloguePhrase_StaysWithinZeroToHundred()
    {
        var phrases = RuleCatalogue.LoadEmbedded().Rules.SelectMany(r => r.Phrases ?? []).Select(p => p.TrimEnd('*'));
        var note = string.Join(". ", phrases);

        Assert.InRange(Scorers.Score(note, note, note).Score, 0, 100);
    }

    [Fact]
    public void Score_WithManyPersonalCredits_StaysAtZero()
    {
        var note = string.Concat(Enumerable.Repeat("Anna Kowalski suggested I ask about your talk on Kafka at NDC Oslo. We met at PGConf in Lisbon. ", 20));

        Assert.Equal(0, Scorers.Score(note).Score);
    }
}
