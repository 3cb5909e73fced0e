using System.Buffers;
using System.Runtime.CompilerServices;
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
        var length = FoldInto(text, chars.AsSpan(0, text.Length), map.AsSpan(0, text.Length));
        return new NormalizedText(chars, map, length);
    }

    /// <summary>
    /// The hot loop, kept out of line: inlined into a large caller its locals spill to the stack.
    /// Branch-free, since spaces come at random: a repeated space or a dropped character is written, then overwritten.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FoldInto(ReadOnlySpan<char> text, Span<char> output, Span<int> origins)
    {
        var n = 0;
        var afterSpace = true;
        var fold = Fold;
        for (var i = 0; i < text.Length && i < output.Length && i < origins.Length; i++)
        {
            var c = fold[text[i]];
            var isSpace = c == ' ';
            var isDrop = c == Drop;
            var keep = !isDrop & !(isSpace & afterSpace);
            afterSpace = (afterSpace & isDrop) | isSpace;
            output[n] = c;
            origins[n] = i;
            n += keep ? 1 : 0;
        }

        return n;
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

    /// <summary>Outside Latin: typographic quotes and dashes, invisible characters, combining marks, case.</summary>
    private static char FoldBeyondLatin(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\uFF07' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\uFF02' => '"',
        >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => Drop,
        _ when char.IsWhiteSpace(c) => ' ',
        // "e" + combining acute matches like "é", which folds to "e".
        _ when char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark => Drop,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>One entry per UTF-16 unit (128 KB), so folding never leaves the loop to call out.</summary>
    private static char[] BuildFoldTable()
    {
        const int latin = 0x0250;
        var table = new char[char.MaxValue + 1];
        for (var i = latin; i < table.Length; i++)
        {
            table[i] = FoldBeyondLatin((char)i);
        }

        for (var i = 0; i < latin; i++)
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
