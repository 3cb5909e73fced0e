using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Tests.Matching;

/// <summary>Patterns split at their top-level bars only, and a piece knows whether it starts with a digit.</summary>
public sealed class PatternAlternativesTests
{
    [Theory]
    [InlineData(@"a|b", new[] { "a", "b" })]
    [InlineData(@"(a|b)c|d", new[] { "(a|b)c", "d" })]
    [InlineData(@"[|]x|\|y", new[] { "[|]x", @"\|y" })]
    [InlineData(@"\[(x|y)\]|z", new[] { @"\[(x|y)\]", "z" })]
    [InlineData(@"(?x) a | b", new[] { "(?x) a | b" })]
    [InlineData(@"a|", new[] { "a|" })]
    public void Split_Pattern_CutsAtTopLevelBarsOnly(string pattern, string[] expected) =>
        Assert.Equal(expected, PatternAlternatives.Split(pattern));

    [Theory]
    [InlineData(@"\b[0-9]{1,2} min", true)]
    [InlineData(@"\d+%", true)]
    [InlineData(@"^\b[0-9]", true)]
    [InlineData(@"\$[0-9]", false)]
    [InlineData(@"\{name\}", false)]
    [InlineData(@"\b(2|3)x", false)]
    public void StartsWithDigit_Piece_TellsByItsFirstCharacter(string piece, bool expected) =>
        Assert.Equal(expected, PatternAlternatives.StartsWithDigit(piece));
}
