using InviteScreen.Scoring.Specificity;

namespace InviteScreen.Scoring.Tests.Specificity;

/// <summary>The table answers exactly for the listed words, whatever their hashes share.</summary>
public sealed class WordClassTableTests
{
    private static readonly Dictionary<string, WordClass> Listed = new()
    {
        ["talk"] = WordClass.WorkNoun,
        ["tank"] = WordClass.TimeWord,
        ["trek"] = WordClass.Greeting,
        ["a"] = WordClass.Connective,
        ["yesterday's"] = WordClass.TimeQualifier,
    };

    [Fact]
    public void Lookup_ListedWords_GiveTheirClasses()
    {
        var table = new WordClassTable(Listed);

        Assert.All(Listed, entry => Assert.Equal(entry.Value, table[entry.Key]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tack")]
    [InlineData("talks")]
    [InlineData("tal")]
    [InlineData("b")]
    public void Lookup_UnlistedWord_IsNone(string word) =>
        Assert.Equal(WordClass.None, new WordClassTable(Listed)[word]);

    [Fact]
    public void Lookup_ManyWords_EachFindsItsOwn()
    {
        var words = Enumerable.Range(0, 3000).ToDictionary(i => $"w{i}x", i => (WordClass)(1 << (i % 20)));

        var table = new WordClassTable(words);

        Assert.All(words, entry => Assert.Equal(entry.Value, table[entry.Key]));
    }
}
