using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Tests.Catalogue;

/// <summary>A bad catalogue must stop start-up with the rule at fault named, never fail later while scoring.</summary>
public sealed class RuleCatalogueTests
{
    private const string BuzzRule = """{ "id": "BUZZ_ONE", "category": "buzzword", "kind": "phrases", "points": 5, "title": "T", "explanation": "Buzz.", "phrases": ["synerg*"] }""";

    [Fact]
    public void LoadEmbedded_ShippedCatalogue_LoadsAndBuildsAScorer()
    {
        var catalogue = RuleCatalogue.LoadEmbedded();

        Assert.Contains(catalogue.Rules, r => r.Check == "emptyNote");
        Assert.Contains(catalogue.Rules, r => r.Check == "noReason");
        Assert.Equal(catalogue.Rules.Count, catalogue.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(catalogue.Categories, c => Assert.Contains(catalogue.Rules, r => r.Category == c.Id));
        Assert.All(catalogue.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
        Assert.NotEmpty(new GenericnessScorer(catalogue, new ScoringOptions()).Rules);
    }

    [Fact]
    public void Parse_MinimalCatalogue_Loads()
    {
        var catalogue = RuleCatalogue.Parse(CatalogueWith(BuzzRule));

        Assert.Equal("BUZZ_ONE", Assert.Single(catalogue.Rules).Id);
    }

    [Fact]
    public void Parse_PatternWithUpperCaseEscapes_Loads()
    {
        var rule = """{ "id": "ESCAPES", "category": "buzzword", "kind": "pattern", "points": 5, "title": "T", "explanation": "x", "pattern": "\\$\\S+\\p{Lu}?\\D" }""";

        Assert.Equal(2, RuleCatalogue.Parse(CatalogueWith(BuzzRule, rule)).Rules.Count);
    }

    [Theory]
    [InlineData(BuzzRule, "BUZZ_ONE")]
    [InlineData("""{ "id": "ODD_CATEGORY", "category": "nonsense", "kind": "phrases", "points": 5, "title": "T", "explanation": "x", "phrases": ["a"] }""", "ODD_CATEGORY")]
    [InlineData("""{ "id": "BAD_PATTERN", "category": "buzzword", "kind": "pattern", "points": 5, "title": "T", "explanation": "x", "pattern": "(unclosed" }""", "BAD_PATTERN")]
    [InlineData("""{ "id": "SHOUTING", "category": "buzzword", "kind": "pattern", "points": 5, "title": "T", "explanation": "x", "pattern": "\\bSynergy\\b" }""", "SHOUTING")]
    [InlineData("""{ "id": "LOOKAHEAD", "category": "buzzword", "kind": "pattern", "points": 5, "title": "T", "explanation": "x", "pattern": "(?=x)y" }""", "LOOKAHEAD")]
    [InlineData("""{ "id": "MIND_READER", "category": "buzzword", "kind": "structural", "points": 5, "title": "T", "explanation": "x", "check": "telepathy" }""", "MIND_READER")]
    [InlineData("""{ "id": "GHOST_COMBO", "category": "buzzword", "kind": "combination", "points": 5, "title": "T", "explanation": "x", "requires": ["BUZZ_ONE", "GHOST_RULE"] }""", "GHOST_COMBO")]
    [InlineData("""{ "id": "ZERO_POINTS", "category": "buzzword", "kind": "phrases", "points": 0, "title": "T", "explanation": "x", "phrases": ["a"] }""", "ZERO_POINTS")]
    [InlineData("""{ "id": "NO_HITS", "category": "buzzword", "kind": "phrases", "points": 5, "maxHits": 0, "title": "T", "explanation": "x", "phrases": ["a"] }""", "NO_HITS")]
    [InlineData("""{ "id": "NO_PHRASES", "category": "buzzword", "kind": "phrases", "points": 5, "title": "T", "explanation": "x", "phrases": ["*"] }""", "NO_PHRASES")]
    [InlineData("""{ "id": "CLAIM", "category": "personal", "kind": "phrases", "points": -5, "needsDetail": true, "title": "T", "explanation": "x", "phrases": ["we met"] }""", "CLAIM")]
    [InlineData("""{ "id": "UNTITLED", "category": "buzzword", "kind": "phrases", "points": 5, "explanation": "x", "phrases": ["a"] }""", "UNTITLED")]
    [InlineData("""{ "id": "BLANK_TITLE", "category": "buzzword", "kind": "phrases", "points": 5, "title": " ", "explanation": "x", "phrases": ["a"] }""", "BLANK_TITLE")]
    public void Parse_InvalidRule_ThrowsNamingTheRule(string rule, string ruleId)
    {
        var exception = Assert.Throws<CatalogueException>(() => RuleCatalogue.Parse(CatalogueWith(BuzzRule, rule)));

        Assert.Contains($"'{ruleId}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ClaimNeedingDetailBesideADetailCheck_Loads()
    {
        var claim = """{ "id": "CLAIM", "category": "personal", "kind": "phrases", "points": -5, "needsDetail": true, "title": "T", "explanation": "x", "phrases": ["we met"] }""";
        var detail = """{ "id": "DETAIL", "category": "personal", "kind": "structural", "points": -5, "title": "T", "explanation": "x", "check": "specificDetail" }""";

        Assert.Equal(3, RuleCatalogue.Parse(CatalogueWith(BuzzRule, claim, detail)).Rules.Count);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "categories": [], "rules": [ { "id": "X", "kind": "magic" } ] }""")]
    public void Parse_MalformedJson_ThrowsCatalogueException(string json) =>
        Assert.Throws<CatalogueException>(() => RuleCatalogue.Parse(json));

    [Theory]
    [InlineData("-")]
    [InlineData("\\u2014")]
    [InlineData("\\u200B")]
    public void Parse_PhraseThatNormalisesToNothing_ThrowsNamingTheRule(string phrase)
    {
        var rule = $$"""{ "id": "DASH_ONLY", "category": "buzzword", "kind": "phrases", "points": 5, "title": "T", "explanation": "x", "phrases": ["{{phrase}}"] }""";

        var exception = Assert.Throws<CatalogueException>(() => RuleCatalogue.Parse(CatalogueWith(rule)));

        Assert.Contains("'DASH_ONLY'", exception.Message, StringComparison.Ordinal);
    }

    private static string CatalogueWith(params string[] rules) => $$"""
        {
          "categories": [ { "id": "buzzword", "name": "Buzzwords", "cap": 30 }, { "id": "personal", "name": "Credits", "cap": -60 } ],
          "rules": [ {{string.Join(", ", rules)}} ]
        }
        """;
}
