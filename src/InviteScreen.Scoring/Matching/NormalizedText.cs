using System.Buffers;
using System.Text;

namespace InviteScreen.Scoring.Matching;

/// <summary>
/// A lower-cased, accent-folded copy of a text for matching: curly quotes become straight ones,
/// every run of whitespace, hyphens and dashes becomes one space, zero-width characters vanish.
/// Each normalised character remembers its index in the original, so matches map back to exact spans.
/// Buffers are pooled: dispose after use.
/// </summary>
internal readonly struct NormalizedText : IDisposable
{
    private static readonly char[] Fold = BuildFoldTable();
    private const char Drop = '\0';

    private readonly char[] chars;
    private readonly int[] map;

    private NormalizedText(char[] chars, int[] map, int length)
    {
        this.chars = chars;
        this.map = map;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<char> Chars => chars.AsSpan(0, Length);

    public char this[int index] => chars[index];

    public int OriginalIndex(int index) => map[index];

    /// <summary>The original span [start, end) covered by normalised characters [from, to).</summary>
    public (int Start, int Length) OriginalSpan(int from, int to)
    {
        var start = map[from];
        var last = map[to - 1];
        var end = last + 1;
        return (start, end - start);
    }

    public static NormalizedText Create(ReadOnlySpan<char> text)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var map = ArrayPool<int>.Shared.Rent(Math.Max(text.Length, 1));
        var n = 0;
        var fold = Fold;
        for (var i = 0; i < text.Length; i++)
        {
            // Latin text folds by one table look-up, without a call per character.
            var original = text[i];
            var c = original < fold.Length ? fold[original] : NormalizeChar(original);
            if (c == Drop || (c == ' ' && (n == 0 || chars[n - 1] == ' ')))
            {
                continue;
            }

            chars[n] = c;
            map[n] = i;
            n++;
        }

        return new NormalizedText(chars, map, n);
    }

    /// <summary>Normalises a catalogue phrase the same way, so both sides compare equal.</summary>
    public static string Normalize(string text)
    {
        using var normalized = Create(text);
        return normalized.Chars.Trim(' ').ToString();
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public void Dispose()
    {
        if (chars is not null)
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    private static char NormalizeChar(char c)
    {
        if (c < Fold.Length)
        {
            return Fold[c];
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\uFF07' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\uFF02' => '"',
            >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => ' ',
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => Drop,
            _ when char.IsWhiteSpace(c) => ' ',
            // "e" + combining acute matches like "é", which folds to "e".
            _ when char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark => Drop,
            _ => char.ToLowerInvariant(c),
        };
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x0250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (c is '-' or '\u00A0' || char.IsWhiteSpace(c))
            {
                table[i] = ' ';
                continue;
            }

            if (c == '\u00AD' || char.IsControl(c))
            {
                table[i] = char.IsControl(c) ? ' ' : Drop;
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0])
                ? decomposed[0]
                : lower switch
                {
                    'ø' => 'o',
                    'ł' => 'l',
                    'đ' => 'd',
                    'ı' => 'i',
                    _ => lower,
                };
        }

        return table;
    }
}
