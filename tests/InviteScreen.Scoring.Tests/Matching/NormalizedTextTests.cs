using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Tests.Matching;

/// <summary>Normalisation folds what senders vary (case, accents, quotes, dashes, spacing) and remembers where each character came from.</summary>
public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("Hello World", "hello world")]
    [InlineData("I\u2019d \u201Clove\u201D", "i'd \"love\"")]
    [InlineData("mutually-beneficial", "mutually beneficial")]
    [InlineData("a \u2013 b\u2014c", "a b c")]
    [InlineData("a\u00A0\u00A0b\r\n\tc", "a b c")]
    [InlineData("syn\u200Berg\u00ADy\uFEFF", "synergy")]
    [InlineData("Café Ñandú Łódź Øre", "cafe nandu lodz ore")]
    [InlineData("ΣΥΝΕΡΓΕΙΑ", "συνεργεια")]
    [InlineData("  leading", "leading")]
    [InlineData("bell\u0007ring", "bell ring")]
    [InlineData("🚀", "🚀")]
    [InlineData("", "")]
    public void Create_Text_FoldsVariation(string original, string expected)
    {
        using var text = NormalizedText.Create(original);

        Assert.Equal(expected, text.Chars.ToString());
    }

    [Fact]
    public void Create_IntoALentBuffer_MatchesThePooledTextAsTheBufferGrows()
    {
        var buffer = new NormalizedText.Buffer();
        string[] texts = ["Hi Ana", string.Concat(Enumerable.Repeat("Café — Mutually-Beneficial ", 60)), "short again", new string('X', 20_000)];

        foreach (var original in texts)
        {
            using var pooled = NormalizedText.Create(original);
            using var lent = NormalizedText.Create(original, buffer);

            Assert.Equal(pooled.Chars.ToString(), lent.Chars.ToString());
            Assert.All(Enumerable.Range(0, lent.Length), i => Assert.Equal(pooled.OriginalIndex(i), lent.OriginalIndex(i)));
        }
    }

    [Fact]
    public void OriginalIndex_AfterDroppedAndCollapsedCharacters_PointsIntoTheOriginal()
    {
        const string original = "  A\u200B-\u00A0 b";
        using var text = NormalizedText.Create(original);

        Assert.Equal("a b", text.Chars.ToString());
        Assert.Equal(2, text.OriginalIndex(0));
        Assert.Equal(4, text.OriginalIndex(1));
        Assert.Equal(7, text.OriginalIndex(2));
    }

    [Theory]
    [InlineData("Let\u2019s  explore\u00A0synergies!", "explore synergies", "explore\u00A0synergies")]
    [InlineData("HI THERE", "hi there", "HI THERE")]
    [InlineData("add you to my\r\n  professional network.", "my professional", "my\r\n  professional")]
    [InlineData("syn\u200Bergies", "synergies", "syn\u200Bergies")]
    public void OriginalSpan_OfNormalisedMatch_IsTheSendersText(string original, string normalisedMatch, string expected)
    {
        using var text = NormalizedText.Create(original);
        var from = text.Chars.IndexOf(normalisedMatch, StringComparison.Ordinal);

        var (start, length) = text.OriginalSpan(from, from + normalisedMatch.Length);

        Assert.Equal(expected, original.Substring(start, length));
    }

    [Theory]
    [InlineData(" Hello-World ", "hello world")]
    [InlineData("I\u2019d like", "i'd like")]
    [InlineData("synerg*", "synerg*")]
    public void Normalize_CataloguePhrase_MatchesNormalisedNotes(string phrase, string expected) =>
        Assert.Equal(expected, NormalizedText.Normalize(phrase));

    /// <summary>Long texts are folded eight characters at a time where they can be: the result must not tell.</summary>
    [Fact]
    public void Create_LongMixedTexts_FoldsAsCharacterByCharacter()
    {
        string[] pieces = ["Hello", "WORLD", "a", "Z", " ", "  ", "-", " - ", "\t", "\r\n", "\u00A0", "\u0007", "\u007F", "é", "Ł", "\u200B", "\u2019", "🚀", "42", ",", "@[]`{~", "\u00AD"];
        var random = new Random(11);
        for (var round = 0; round < 500; round++)
        {
            var original = string.Concat(Enumerable.Range(0, random.Next(0, 80)).Select(_ => pieces[random.Next(pieces.Length)]));
            var (expectedChars, expectedMap) = FoldOneCharacterAtATime(original);

            using var text = NormalizedText.Create(original);

            Assert.Equal(expectedChars, text.Chars.ToString());
            Assert.Equal(expectedMap, Enumerable.Range(0, text.Length).Select(text.OriginalIndex));
        }
    }

    /// <summary>The definition: each character folded on its own (too short for the eight-at-a-time path), spaces collapsed.</summary>
    private static (string Chars, List<int> Map) FoldOneCharacterAtATime(string original)
    {
        var chars = new System.Text.StringBuilder();
        var map = new List<int>();
        for (var i = 0; i < original.Length; i++)
        {
            using var single = NormalizedText.Create("x" + original[i]);
            if (single.Length == 2 && !(single[1] == ' ' && (chars.Length == 0 || chars[^1] == ' ')))
            {
                chars.Append(single[1]);
                map.Add(i);
            }
        }

        return (chars.ToString(), map);
    }
}
