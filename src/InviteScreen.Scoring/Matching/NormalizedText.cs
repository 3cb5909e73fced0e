using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace InviteScreen.Scoring.Matching;

/// <summary>
/// A lower-cased, accent-folded copy of a text for matching: curly quotes become straight ones,
/// every run of whitespace, hyphens and dashes becomes one space, zero-width characters vanish.
/// Each normalised character remembers its index in the original, so matches map back to exact spans.
/// Buffers are pooled or lent by the caller: dispose after use.
/// </summary>
internal readonly struct NormalizedText : IDisposable
{
    private static readonly char[] Fold = BuildFoldTable();
    private const char Drop = '\0';

    /// <summary>Longer texts rent from the shared pool, so a lent buffer never keeps a huge text's storage alive.</summary>
    private const int MaxLentLength = 1 << 14;

    private readonly char[] chars;
    private readonly int[] map;
    private readonly bool pooled;

    private NormalizedText(char[] chars, int[] map, int length, bool pooled)
    {
        this.chars = chars;
        this.map = map;
        this.pooled = pooled;
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
        return new NormalizedText(chars, map, length, pooled: true);
    }

    /// <summary>Normalises into <paramref name="buffer"/>, valid until the buffer's next use: nothing is rented per text.</summary>
    public static NormalizedText Create(ReadOnlySpan<char> text, Buffer buffer)
    {
        if (text.Length > MaxLentLength)
        {
            return Create(text);
        }

        buffer.EnsureCapacity(text.Length);
        var length = FoldInto(text, buffer.Chars.AsSpan(0, text.Length), buffer.Origins.AsSpan(0, text.Length));
        return new NormalizedText(buffer.Chars, buffer.Origins, length, pooled: false);
    }

    /// <summary>Kept out of line: inlined into a large caller, the loops' locals spill to the stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FoldInto(ReadOnlySpan<char> text, Span<char> output, Span<int> origins)
    {
        var n = 0;
        var afterSpace = true;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                if (!TryFoldPlainAscii(text, i, output, origins, ref n, ref afterSpace))
                {
                    n = FoldOneByOne(text, i, i + Vector128<ushort>.Count, output, origins, n, ref afterSpace);
                }
            }
        }

        return FoldOneByOne(text, i, text.Length, output, origins, n, ref afterSpace);
    }

    /// <summary>
    /// Eight ASCII characters at once, when no space follows a space among them: then nothing is dropped, so each
    /// folds in place (upper case down, controls and hyphens to spaces). Anything else goes one by one.
    /// </summary>
    private static bool TryFoldPlainAscii(ReadOnlySpan<char> text, int i, Span<char> output, Span<int> origins, ref int n, ref bool afterSpace)
    {
        var chunk = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)i);
        if ((chunk & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        var isSpace = Vector128.LessThanOrEqual(chunk, Vector128.Create((ushort)' '))
            | Vector128.Equals(chunk, Vector128.Create((ushort)'-'))
            | Vector128.Equals(chunk, Vector128.Create((ushort)0x7F));
        var spaces = isSpace.ExtractMostSignificantBits();
        if ((spaces & ((spaces << 1) | (afterSpace ? 1u : 0u))) != 0)
        {
            return false;
        }

        var isUpper = Vector128.LessThanOrEqual(chunk - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
        var folded = Vector128.ConditionalSelect(isSpace, Vector128.Create((ushort)' '), chunk + (isUpper & Vector128.Create((ushort)('a' - 'A'))));

        // n ≤ i always (folding never lengthens), so the eight slots from n exist in both outputs.
        folded.StoreUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(output)), (nuint)n);
        var index = Vector128.Create(i) + Vector128.Create(0, 1, 2, 3);
        index.StoreUnsafe(ref MemoryMarshal.GetReference(origins), (nuint)n);
        (index + Vector128.Create(4)).StoreUnsafe(ref MemoryMarshal.GetReference(origins), (nuint)n + 4);
        afterSpace = (spaces & 0x80) != 0;
        n += Vector128<ushort>.Count;
        return true;
    }

    /// <summary>Branch-free, since spaces come at random: a repeated space or a dropped character is written, then overwritten.</summary>
    private static int FoldOneByOne(ReadOnlySpan<char> text, int from, int to, Span<char> output, Span<int> origins, int n, ref bool afterSpaceAtEnd)
    {
        var afterSpace = afterSpaceAtEnd;
        var fold = Fold;
        for (var i = from; i < to; i++)
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

        afterSpaceAtEnd = afterSpace;
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
        if (pooled)
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    /// <summary>
    /// Storage for one normalised text at a time, reused from text to text: a text made in it is valid until the
    /// buffer's next use.
    /// </summary>
    public sealed class Buffer
    {
        public char[] Chars { get; private set; } = new char[512];

        public int[] Origins { get; private set; } = new int[512];

        public void EnsureCapacity(int length)
        {
            if (Chars.Length < length)
            {
                var size = Math.Min(MaxLentLength, Math.Max(length, Chars.Length * 2));
                Chars = new char[size];
                Origins = new int[size];
            }
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
