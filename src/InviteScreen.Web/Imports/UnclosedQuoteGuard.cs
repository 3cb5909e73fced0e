using System.Text;

namespace InviteScreen.Web.Imports;

/// <summary>
/// Sits between the file and the CSV parser. A quoted field may span lines (LinkedIn's messages do), so a quote
/// that is never closed would swallow the rows after it. When a line ends inside quotes and the next line reads,
/// on its own, as a complete invitation row (the header's number of fields, and what <c>looksLikeRow</c> accepts), the quote is taken as unbalanced: it is closed at the end of its line,
/// and the record it started is reported in <see cref="Unclosed"/>, so the next row is read as a row again.
/// </summary>
internal sealed class UnclosedQuoteGuard(TextReader inner, Func<string[], bool> looksLikeRow) : TextReader
{
    private readonly StringBuilder raw = new();
    private string? lookahead;
    private string current = "";
    private int position;
    private int lineNumber;
    private int recordStart;
    private bool inQuotes;
    private int headerColumns;

    /// <summary>Line numbers of records whose opening quote was never closed.</summary>
    public HashSet<int> Unclosed { get; } = [];

    public override int Peek() => Fill() ? current[position] : -1;

    public override int Read() => Fill() ? current[position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var written = 0;
        while (written < buffer.Length && Fill())
        {
            var take = Math.Min(buffer.Length - written, current.Length - position);
            current.AsSpan(position, take).CopyTo(buffer[written..]);
            position += take;
            written += take;
        }

        return written;
    }

    private bool Fill()
    {
        if (position < current.Length)
        {
            return true;
        }

        var line = lookahead ?? ReadRawLine();
        lookahead = null;
        if (line is null)
        {
            return false;
        }

        lineNumber++;
        if (!inQuotes)
        {
            recordStart = lineNumber;
        }

        if (lineNumber == 1)
        {
            // The header: a row has as many fields. The parser reads ahead, so this cannot wait for it.
            var header = new List<string>();
            Scan(line.TrimEnd('\r', '\n'), inQuotes: false, header);
            headerColumns = header.Count;
        }

        inQuotes = Scan(line, inQuotes, fields: null);
        if (inQuotes && lineNumber > 1)
        {
            lookahead = ReadRawLine();
            if (lookahead is null || IsCompleteRow(lookahead))
            {
                var content = line.TrimEnd('\r', '\n');
                line = content + "\"" + line[content.Length..];
                Unclosed.Add(recordStart);
                inQuotes = false;
            }
        }

        current = line;
        position = 0;
        return current.Length > 0;
    }

    private bool IsCompleteRow(string line)
    {
        // The rest of a field that spans lines ends in a quote mid-field ("...=1+2\",Sam,..."), which a row never has.
        var fields = new List<string>();
        var text = line.TrimEnd('\r', '\n');
        return !Scan(text, inQuotes: false, fields) && IsWellQuoted(text) && fields.Count == headerColumns && looksLikeRow([.. fields]);
    }

    /// <summary>
    /// Follows RFC 4180 as the parser does: a quote opens a field only at its start, "" inside quotes is a quote.
    /// Returns whether the line ends inside quotes; fills <paramref name="fields"/> when given.
    /// </summary>
    private static bool Scan(string line, bool inQuotes, List<string>? fields)
    {
        var atFieldStart = !inQuotes;
        var field = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"' && atFieldStart)
            {
                inQuotes = true;
                atFieldStart = false;
            }
            else if (c == ',')
            {
                fields?.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
            }
            else
            {
                field.Append(c);
                atFieldStart = false;
            }
        }

        fields?.Add(field.ToString());
        return inQuotes;
    }

    /// <summary>Every quote opens a field, closes it right before a comma or the end, or is doubled inside one.</summary>
    private static bool IsWellQuoted(string line)
    {
        var inQuotes = false;
        var atFieldStart = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                    if (i + 1 < line.Length && line[i + 1] != ',')
                    {
                        return false;
                    }
                }
            }
            else if (c == '"')
            {
                if (!atFieldStart)
                {
                    return false;
                }

                inQuotes = true;
            }

            atFieldStart = !inQuotes && c == ',';
        }

        return !inQuotes;
    }

    /// <summary>The next line with its terminator (\r\n, \n or \r), or null at the end.</summary>
    private string? ReadRawLine()
    {
        raw.Clear();
        while (inner.Read() is var c && c >= 0)
        {
            raw.Append((char)c);
            if (c == '\n')
            {
                break;
            }

            if (c == '\r')
            {
                if (inner.Peek() == '\n')
                {
                    raw.Append((char)inner.Read());
                }

                break;
            }
        }

        return raw.Length == 0 ? null : raw.ToString();
    }
}
