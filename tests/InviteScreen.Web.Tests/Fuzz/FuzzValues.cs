using System.Globalization;
using System.Text;

namespace InviteScreen.Web.Tests.Fuzz;

/// <summary>
/// Seeded hostile inputs: random, oversized, control-character, lone-surrogate, deeply nested and malformed.
/// The same seed replays the same requests, so a failure names its seed and request number.
/// </summary>
internal sealed class FuzzValues(int seed)
{
    private static readonly string[] Hostile =
    [
        "", " ", "\t\r\n", "\0", "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1)", "+1", "-1", "<script>alert(1)</script>",
        "' OR 1=1 --", "%", "_", "\\", "../../etc/passwd", "99999999999999999999", "-2147483649", "NaN", "1e309", "null", "true",
        "\u202Eevil\u202C", "\u200B\u200D\uFEFF", "e\u0301\u0301\u0301\u0301", "\uD800", "\uDFFF", "\uDC00\uD800", "😀", "\uFFFF", "\u0085\u2028\u2029",
        "https://www.linkedin.com/in/", "https://www.linkedin.com/in/x?\r\nSet-Cookie: a=b", "javascript:alert(1)", "generic", "Generic", "flagged", "1",
    ];

    private readonly Random random = new(seed);

    public int Seed { get; } = seed;

    public int Next(int max) => random.Next(max);

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Text() => random.Next(10) switch
    {
        0 or 1 => Pick(Hostile),
        2 => Chars(random.Next(1, 40), () => (char)random.Next(0, 0x20)),
        3 => Chars(random.Next(1, 40), () => (char)random.Next(0xD800, 0xE000)),
        4 => new string('x', Pick([8_001, 20_000, 300_000])),
        5 => "e" + new string('\u0301', random.Next(100, 5_000)),
        6 => Chars(random.Next(1, 300), () => (char)random.Next(0x20, 0x7F)),
        7 => Chars(random.Next(1, 300), () => (char)random.Next(0, 0x10000)),
        _ => Pick(Hostile) + Chars(random.Next(0, 50), () => (char)random.Next(0, 0x3000)),
    };

    /// <summary>Short enough to pass the length checks, so hostile text also reaches scoring and storage.</summary>
    public string ShortText() => random.Next(4) switch
    {
        0 => Pick(Hostile),
        1 => Chars(random.Next(1, 40), () => (char)random.Next(0, 0x20)),
        2 => Chars(random.Next(1, 40), () => (char)random.Next(0xD800, 0xE000)),
        _ => Chars(random.Next(1, 200), () => (char)random.Next(0, 0xD800)),
    };

    /// <summary>A JSON body: mostly objects with the right field names and random values, some malformed or hostile.</summary>
    public byte[] JsonBody(IReadOnlyList<string> fields) => random.Next(12) switch
    {
        0 => Encoding.UTF8.GetBytes(Pick(["", "{", "}", "[]", "null", "42", "\"text\"", "{\"senderName\":}", "{'senderName':'x'}", "{\"a\":1,}", "{\"senderName\":\"x\"} trailing"])),
        1 => Encoding.UTF8.GetBytes(Nested(random.Next(50, 5_000))),
        2 => [(byte)'{', (byte)'"', .. Bytes(random.Next(1, 64)), (byte)'"', (byte)':', (byte)'1', (byte)'}'],
        3 => [.. Encoding.UTF8.GetBytes("{\"message\":\""), 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}")],
        4 => Encoding.UTF8.GetBytes($"{{\"message\":\"{new string('y', 1_100_000)}\"}}"),
        >= 5 and <= 8 => Encoding.UTF8.GetBytes("{" + string.Join(",", fields.Select(f => $"{Quote(f)}:{Quote(ShortText())}")) + "}"),
        _ => Encoding.UTF8.GetBytes(JsonObject(fields)),
    };

    /// <summary>An upload for the CSV import: LinkedIn's header with hostile rows, a wrong header, or no CSV at all.</summary>
    public byte[] CsvUpload()
    {
        const string header = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl";
        var rows = Enumerable.Range(0, random.Next(0, 12)).Select(_ => string.Join(",", Enumerable.Range(0, 7).Select(column => CsvField(column))));
        return random.Next(8) switch
        {
            0 => Encoding.UTF8.GetBytes(Text()),
            1 => Bytes(random.Next(1, 4_000)),
            2 => Encoding.UTF8.GetBytes("From,To\n" + ShortText()),
            3 => [.. Encoding.UTF8.GetBytes(header + "\nAda,Me,\"1/29/26, 2:37 PM\",\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\n")],
            4 => Encoding.UTF8.GetBytes(header + "\n\"unterminated," + ShortText()),
            _ => Encoding.UTF8.GetBytes(string.Join(Pick(["\n", "\r\n"]), [Chance(0.8) ? header : "From,To,Sent At,Message,Direction", .. rows])),
        };
    }

    private string CsvField(int column)
    {
        var value = column switch
        {
            2 => Chance(0.6) ? $"{random.Next(1, 13)}/{random.Next(1, 29)}/{random.Next(20, 27)}, {random.Next(1, 13)}:{random.Next(10, 60)} {Pick(["AM", "PM"])}" : ShortText(),
            4 => Chance(0.7) ? Pick(["INCOMING", "OUTGOING"]) : ShortText(),
            _ => Chance(0.2) ? "" : ShortText(),
        };
        return Chance(0.8) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public string JsonObject(IReadOnlyList<string> fields)
    {
        var members = fields.Where(_ => Chance(0.7)).Select(f => $"{Quote(f)}:{JsonValue()}").ToList();
        if (Chance(0.2))
        {
            members.Add($"{Quote(Text())}:{JsonValue()}");
        }

        return "{" + string.Join(",", members) + "}";
    }

    /// <summary>A query string of known and unknown keys with hostile values, some not even valid percent-encoding.</summary>
    public string Query(IReadOnlyList<string> keys)
    {
        var pairs = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
        {
            var key = Chance(0.85) ? Pick(keys) : Text();
            var value = random.Next(6) switch
            {
                0 => Pick(["%", "%zz", "%FF%FE", "%00", "%ED%A0%80", "+", "&&", "=="]),
                1 => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
                _ => Uri.EscapeDataString(Clip(Text(), 2_000)),
            };
            return Uri.EscapeDataString(Clip(key, 200)) + "=" + value;
        });
        return "?" + string.Join("&", pairs);
    }

    private string JsonValue() => random.Next(12) switch
    {
        >= 8 => Quote(ShortText()),
        0 => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
        1 => Pick(["true", "false", "null", "1e400", "-0", "[]", "{}"]),
        2 => $"[{Quote(Text())}]",
        3 => $"{{\"a\":{Quote(Text())}}}",
        _ => Quote(Text()),
    };

    private string Nested(int depth) => Chance(0.5)
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"message\":", depth)) + "1" + new string('}', depth);

    /// <summary>JSON string escaping that keeps lone surrogates as \uXXXX, which a serializer would refuse to write.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c is >= ' ' and < (char)0x7F and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}");
        }

        return builder.Append('"').ToString();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];

    private string Chars(int length, Func<char> next) => new([.. Enumerable.Range(0, length).Select(_ => next())]);

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
