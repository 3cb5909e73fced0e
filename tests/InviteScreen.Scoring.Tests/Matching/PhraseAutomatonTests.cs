using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Tests.Matching;

/// <summary>One pass finds every phrase, overlapping ones included; phrases start and end on word boundaries unless they end in '*'.</summary>
public sealed class PhraseAutomatonTests
{
    [Fact]
    public void FindAll_OverlappingPhrases_FindsEach()
    {
        var hits = Find("a mutually beneficial partnership", ("mutually beneficial", false), ("beneficial partnership", false), ("partnership", false));

        Assert.Equal([(0, 2, 19), (1, 11, 22), (2, 22, 11)], hits);
    }

    [Fact]
    public void FindAll_PhraseInsideLongerPhrase_FindsBoth()
    {
        var hits = Find("add you to my network", ("add you to my network", false), ("my network", false));

        Assert.Equal([(0, 0, 21), (1, 11, 10)], hits);
    }

    [Fact]
    public void FindAll_RepeatedOverlappingOccurrences_FindsEvery()
    {
        var hits = Find("win win win", ("win win", false));

        Assert.Equal([(0, 0, 7), (0, 4, 7)], hits);
    }

    [Theory]
    [InlineData("synergies and synergy", new[] { 0, 9, 14, 7 })]
    [InlineData("synerg", new[] { 0, 6 })]
    [InlineData("antisynergy", new int[0])]
    [InlineData("x synergy-driven", new[] { 2, 7 })]
    public void FindAll_PrefixPhrase_ExtendsToTheEndOfTheWord(string text, int[] startsAndLengths)
    {
        var hits = Find(text, ("synerg", true));

        Assert.Equal(startsAndLengths.Chunk(2).Select(p => (0, p[0], p[1])), hits);
    }

    [Theory]
    [InlineData("a demo.", 1)]
    [InlineData("demo", 1)]
    [InlineData("demonstrate", 0)]
    [InlineData("ademo", 0)]
    [InlineData("demos", 0)]
    [InlineData("demo2", 0)]
    public void FindAll_WholePhrase_NeedsWordBoundariesOnBothSides(string text, int expectedHits) =>
        Assert.Equal(expectedHits, Find(text, ("demo", false)).Count);

    [Theory]
    [InlineData("500+connections", 1)]
    [InlineData("launch🚀now", 1)]
    public void FindAll_PhraseEdgeThatIsNoWordCharacter_NeedsNoBoundaryThere(string text, int expectedHits) =>
        Assert.Equal(expectedHits, Find(text, ("500+", false), ("🚀", false)).Count);

    [Fact]
    public void FindAll_CharactersOutsideEveryPhrase_ResetTheMatch()
    {
        var hits = Find("syn€rgy synergy", ("synergy", false));

        Assert.Equal([(0, 8, 7)], hits);
    }

    [Fact]
    public void FindAll_NoPhrases_FindsNothing() =>
        Assert.Empty(Find("anything at all"));

    [Fact]
    public void FindAll_LongTexts_FindWhatAPhraseByPhraseSearchFinds()
    {
        (string Text, bool IsPrefix)[] phrases = [("win win", false), ("synerg", true), ("add you to my network", false), ("my network", false), ("demo", false), ("500+", false), ("🚀", false)];
        string[] pieces = ["win", "synergy", "add you to", "my network", "demo", "demos", "500+", "x", "-", ".", "🚀", ""];
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 150)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.Equal(FindOneByOne(text, phrases).Order(), Find(text, phrases).Order());
        }
    }

    private static IEnumerable<(int Rule, int Start, int Length)> FindOneByOne(string text, (string Text, bool IsPrefix)[] phrases)
    {
        for (var rule = 0; rule < phrases.Length; rule++)
        {
            var (phrase, isPrefix) = phrases[rule];
            for (var start = text.IndexOf(phrase, StringComparison.Ordinal); start >= 0; start = text.IndexOf(phrase, start + 1, StringComparison.Ordinal))
            {
                var end = start + phrase.Length;
                var startsOnBoundary = start == 0 || !char.IsLetterOrDigit(phrase[0]) || !char.IsLetterOrDigit(text[start - 1]);
                var endsOnBoundary = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(text[end - 1]);
                while (isPrefix && end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }

                if (startsOnBoundary && (isPrefix || endsOnBoundary))
                {
                    yield return (rule, start, end - start);
                }
            }
        }
    }

    private static List<(int Rule, int Start, int Length)> Find(string text, params (string Text, bool IsPrefix)[] phrases)
    {
        var automaton = new PhraseAutomaton([.. phrases.Select((p, rule) => new PhraseEntry(p.Text, p.IsPrefix, rule))]);
        var hits = new List<RawHit>();
        automaton.FindAll(text, hits);
        return [.. hits.Select(h => (h.RuleIndex, h.Start, h.Length))];
    }
}
