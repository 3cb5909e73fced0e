using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using InviteScreen.Scoring.Policy;

namespace InviteScreen.Web.Tuning;

/// <summary>
/// The allow and block lists as CSV: <c>Kind,Field,Value</c>, where Kind is <c>allow</c> or <c>block</c> and Field
/// is <c>name</c>, <c>profileUrl</c>, <c>company</c> or <c>keyword</c> (case-insensitive on import).
/// </summary>
public static class ListCsv
{
    public const string Header = "Kind,Field,Value";
    public const int MaxRows = 10_000;

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        NewLine = "\r\n",
        HasHeaderRecord = false,
    };

    public static string Write(IEnumerable<ListEntry> entries)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            foreach (var column in Header.Split(','))
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var entry in entries)
            {
                csv.WriteField(entry.Kind == ListKind.Allow ? "allow" : "block");
                csv.WriteField(JsonNamingPolicyName(entry.Field));
                csv.WriteField(entry.Value);
                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>The entries, or the first problems by line number; nothing is half-read.</summary>
    public static (List<ListEntry> Entries, List<string> Errors) Read(TextReader reader)
    {
        var entries = new List<ListEntry>();
        var errors = new List<string>();
        using var csv = new CsvReader(reader, Configuration with { BadDataFound = null, MissingFieldFound = null });
        var line = 0;
        try
        {
            while (csv.Read() && errors.Count < 10)
            {
                line = csv.Parser.RawRow;
                var cells = csv.Parser.Record ?? [];
                if (line == 1 && cells.Length >= 1 && cells[0].Trim().Equals("Kind", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (ToEntry(cells) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }
        catch (CsvHelperException)
        {
            errors.Add($"Line {line + 1}: not readable as CSV (an unclosed quote?).");
        }

        return (entries, errors);

        ListEntry? ToEntry(string[] cells)
        {
            string? error = null;
            ListKind kind = default;
            ListField field = default;
            if (cells.Length != 3)
            {
                error = $"expected 3 columns ({Header}), found {cells.Length}.";
            }
            else if (!TryKind(cells[0], out kind))
            {
                error = $"Kind must be allow or block, not '{cells[0]}'.";
            }
            else if (!TryField(cells[1], out field))
            {
                error = $"Field must be name, profileUrl, company or keyword, not '{cells[1]}'.";
            }
            else if (cells[2].Trim() is var value && (value.Length == 0 || value.Length > ListEntryRow.MaxValueLength))
            {
                error = $"Value must be 1 to {ListEntryRow.MaxValueLength} characters.";
            }
            else if (entries.Count >= MaxRows)
            {
                error = $"at most {MaxRows} entries per file.";
            }

            if (error is not null)
            {
                errors.Add($"Line {line}: {error}");
                return null;
            }

            return new ListEntry(kind, field, cells[2].Trim());
        }
    }

    public static bool TryKind(string text, out ListKind kind) => Enum.TryParse(text.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    public static bool TryField(string text, out ListField field) => Enum.TryParse(text.Trim(), ignoreCase: true, out field) && Enum.IsDefined(field) && !int.TryParse(text, out _);

    public static string JsonNamingPolicyName(ListField field) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(field.ToString());
}
