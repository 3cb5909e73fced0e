using InviteScreen.Web.Invitations;

namespace InviteScreen.Web.Tests.InvitationQueries;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("synergies", "\"synergies\"*")]
    [InlineData("Dana Whitfield", "\"Dana\"* \"Whitfield\"*")]
    [InlineData("\"unbalanced", "\"unbalanced\"*")]
    [InlineData("NEAR(sales recruiter", "\"NEAR\"* \"sales\"* \"recruiter\"*")]
    [InlineData("sales AND OR NOT", "\"sales\"* \"AND\"* \"OR\" \"NOT\"*")]
    [InlineData("head*line: ^x -y", "\"head\"* \"line\"* \"x\" \"y\"")]
    [InlineData("Chloé's C# talk", "\"Chloé\"* \"s\" \"C\" \"talk\"*")]
    [InlineData("sales sales Sales", "\"sales\"*")]
    public void For_UserText_QuotesEveryWord(string text, string expected) =>
        Assert.Equal(expected, FullTextQuery.For(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()^:-")]
    [InlineData(null)]
    public void For_TextWithoutWords_IsNull(string? text) =>
        Assert.Null(FullTextQuery.For(text));

    [Fact]
    public void For_ManyLongWords_IsBounded()
    {
        var text = string.Join(' ', Enumerable.Range(0, 50).Select(i => new string((char)('a' + (i % 26)), 200) + i));

        var match = FullTextQuery.For(text)!;

        Assert.Equal(FullTextQuery.MaxWords, match.Split(' ').Length);
        Assert.All(match.Split(' '), term => Assert.True(term.Length <= FullTextQuery.MaxWordLength + 3));
    }
}
