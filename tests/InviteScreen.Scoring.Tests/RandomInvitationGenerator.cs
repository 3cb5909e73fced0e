using System.Text;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Tests;

/// <summary>
/// Seeded generator of hostile invitations: catalogue phrases and their fragments in random case, mixed with
/// the Unicode that breaks index arithmetic (surrogate pairs and lone halves, combining marks, zero-width,
/// RTL, controls, NBSP, dashes, curly quotes) and with template and sales debris.
/// </summary>
internal sealed class RandomInvitationGenerator(int seed)
{
    private static readonly string[] Phrases = [.. RuleCatalogue.LoadEmbedded().Rules.SelectMany(r => r.Phrases ?? []).Select(p => p.TrimEnd('*'))];

    private static readonly string[] Oddities =
    [
        "\u00A0", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u0301", "\u0308\u0301", "\u202E", "\u200F", "\u202A",
        "שלום עולם", "مرحبا بك", "🚀", "👩‍💻", "😀", "🇳🇴", "\uD83D", "\uDE00", "\0", "\t", "\r\n", "\u0007", "\u2028",
        "\u2018", "\u2019", "\u201C", "\u201D", "\uFF07", "\u2013", "\u2014", "-", "--", "İstanbul", "straße", "ﬁle", "ΣΥΝΕΡΓΕΙΑ",
        "{first_name}", "[Name]", "{{firstName}}", "%FIRSTNAME%", "Hi ,", "calendly.com/x/15min", "30%", "$5M", "10x", "500+",
        "Anna Kowalski suggested", "your talk on Kafka at NDC Oslo", "C#", "ASP.NET", "2024", "...", ",", "!", "?", " ", "   ", "\n\n",
    ];

    private readonly Random random = new(seed);

    public InvitationText Next() => new(Field(6), Field(12), Field(60));

    private string? Field(int maxPieces)
    {
        if (random.Next(12) == 0)
        {
            return random.Next(2) == 0 ? null : "";
        }

        var text = new StringBuilder();
        for (var piece = random.Next(maxPieces + 1); piece > 0; piece--)
        {
            text.Append(Piece()).Append(random.Next(4) == 0 ? "" : " ");
        }

        return text.ToString();
    }

    private string Piece() => random.Next(5) switch
    {
        0 or 1 => RandomCase(Phrases[random.Next(Phrases.Length)]),
        2 => RandomCase(Fragment(Phrases[random.Next(Phrases.Length)])),
        3 => Oddities[random.Next(Oddities.Length)],
        _ => RandomCodeUnits(),
    };

    private string Fragment(string phrase)
    {
        var start = random.Next(phrase.Length);
        return phrase.Substring(start, random.Next(phrase.Length - start + 1));
    }

    private string RandomCase(string text) => random.Next(4) switch
    {
        0 => text.ToUpperInvariant(),
        1 => string.Concat(text.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)),
        _ => text,
    };

    /// <summary>Any UTF-16 code units, lone surrogates included: .NET strings may hold them and the API accepts them.</summary>
    private string RandomCodeUnits()
    {
        var units = new char[random.Next(1, 6)];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = (char)(random.Next(3) == 0 ? random.Next(0x10000) : random.Next(0x20, 0x250));
        }

        return new string(units);
    }
}
