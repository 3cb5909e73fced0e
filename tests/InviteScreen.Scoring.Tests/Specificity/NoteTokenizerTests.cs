using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Matching;
using InviteScreen.Scoring.Specificity;

namespace InviteScreen.Scoring.Tests.Specificity;

/// <summary>
/// Words end where a word should, whether the tokenizer reads them eight or sixteen characters at a time or one by
/// one: at chunk edges, at joiners, before other scripts and at the end of the text. Words are shown normalised.
/// </summary>
public sealed class NoteTokenizerTests
{
    private static readonly LexiconSets Lexicon = new(RuleCatalogue.LoadEmbedded().Lexicon);

    [Theory]
    [InlineData("abcdefgh ijk", "abcdefgh|ijk")]
    [InlineData("abcdefghijklmnop qrstuvwxyzabcdefg", "abcdefghijklmnop|qrstuvwxyzabcdefg")]
    [InlineData("abcdefg'h don't", "abcdefg'h|don't")]
    [InlineData("abcdefg. next", "abcdefg|next")]
    [InlineData("node.js c++ c# #25103 1,000 s/n a&b", "node.js|c++|c#|#25103|1,000|s/n|a&b")]
    [InlineData("abcdé fghij kaffee", "abcde|fghij|kaffee")]
    [InlineData("abcdefgé пример", "abcdefge|пример")]
    [InlineData("tail", "tail")]
    [InlineData("  , ; ", "")]
    public void Tokenize_Words_EndAtTheirBoundaries(string note, string expected) =>
        Assert.Equal(expected, string.Join('|', Tokenize(note).Select(t => t.Word)));

    [Theory]
    [InlineData("we use pgBouncer daily", "pgbouncer")]
    [InlineData("on ASP.NET and Node.js", "asp.net|node.js")]
    [InlineData("built with abcdefghijklmnoP here", "abcdefghijklmnop")]
    [InlineData("built with abcdefghijklmnopqrsT here", "abcdefghijklmnopqrst")]
    [InlineData("plain words only, abcdefghijklmnopqrstu", "")]
    public void Tokenize_TechnicalNames_AreMarkedWhereverTheCapitalFalls(string note, string expected) =>
        Assert.Equal(expected, string.Join('|', Tokenize(note).Where(t => t.Token.TechnicalName).Select(t => t.Word)));

    [Fact]
    public void Tokenize_HasDigit_OnlyForWordsWithFigures() =>
        Assert.Equal(
            ["abcdefgh12", "x1"],
            Tokenize("abcdefgh12 abcdefghij x1 none").Where(t => t.Token.HasDigit).Select(t => t.Word));

    private static List<(string Word, Token Token)> Tokenize(string note)
    {
        using var text = NormalizedText.Create(note);
        using var sender = new SenderText(NormalizedText.Create("Ana Novak"), NormalizedText.Create("Engineer"));
        var tokens = new List<Token>();
        NoteTokenizer.Tokenize(note, text, Lexicon, sender, tokens);
        var chars = text.Chars.ToString();
        return [.. tokens.Select(t => (chars[t.From..t.To], t))];
    }
}
