using System.Globalization;
using InviteScreen.Scoring;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Invitations;

/// <summary>
/// The one reading of the filters' query string, shared by the dashboard, the JSON list and the CSV export.
/// Names and values are case-insensitive ("verdict=generic", "Verdict=Generic"); "status=trashed" is the trash.
/// Each value that cannot be read, and each reversed range, is an error by field; the filter then leaves it out.
/// </summary>
public static class InvitationFilterQuery
{
    public const string Trashed = "trashed";

    /// <summary>Every live status: what no status means too, said out loud for the dashboard's "All" tab.</summary>
    public const string AnyStatus = "all";

    public static InvitationFilter Parse(IQueryCollection query, out Dictionary<string, string[]> errors)
    {
        var reader = new Reader(query);
        var filter = new InvitationFilter
        {
            Verdict = reader.Enum<Verdict>("verdict"),
            Flagged = reader.Bool("flagged"),
            MinScore = reader.Int("minScore"),
            MaxScore = reader.Int("maxScore"),
            From = reader.Date("from"),
            To = reader.Date("to"),
            SentFrom = reader.Date("sentFrom"),
            SentTo = reader.Date("sentTo"),
            Q = reader.Text("q"),
            InTemplate = reader.Bool("inTemplate"),
            Template = reader.Long("template"),
            Sort = reader.Enum<InvitationSort>("sort") ?? InvitationSort.Newest,
            Page = reader.Int("page") ?? 1,
            PageSize = reader.Int("pageSize") ?? InvitationFilter.DefaultPageSize,
        };
        var status = reader.Text("status");
        if (string.Equals(status, Trashed, StringComparison.OrdinalIgnoreCase))
        {
            filter.InTrash = true;
        }
        else if (!string.Equals(status, AnyStatus, StringComparison.OrdinalIgnoreCase))
        {
            filter.Status = reader.Enum<TriageStatus>("status", also: Trashed);
        }

        errors = reader.Errors;
        foreach (var (field, messages) in filter.DateErrors())
        {
            errors[field] = messages;
        }

        if (filter.MinScore > filter.MaxScore)
        {
            errors["maxScore"] = ["'Score to' must not be below 'Score from'."];
        }

        filter.Drop(errors.Keys);

        // A reversed range is left out whole, so the message beside it is the only surprise.
        if (filter.From > filter.To)
        {
            errors["to"] = ["'Screened to' must not be before 'Screened from'."];
            filter.From = filter.To = null;
        }

        if (filter.SentFrom > filter.SentTo)
        {
            errors["sentTo"] = ["'Sent to' must not be before 'Sent from'."];
            filter.SentFrom = filter.SentTo = null;
        }

        return filter;
    }

    private sealed class Reader(IQueryCollection query)
    {
        public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

        public string? Text(string name) => query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values[^1] : null;

        public int? Int(string name) => Read(name, v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null, "a whole number");

        public long? Long(string name) => Read(name, v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null, "a whole number");

        public bool? Bool(string name) => Read(name, v => bool.TryParse(v, out var b) ? b : (bool?)null, "true or false");

        public DateOnly? Date(string name) =>
            Read(name, v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, "a date (yyyy-MM-dd)");

        public T? Enum<T>(string name, string? also = null)
            where T : struct, Enum
        {
            var names = System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).Append(also).OfType<string>();
            return Read(name, v => !int.TryParse(v, out _) && System.Enum.TryParse<T>(v, ignoreCase: true, out var e) && System.Enum.IsDefined(e) ? e : (T?)null,
                "one of: " + string.Join(", ", names));
        }

        private T? Read<T>(string name, Func<string, T?> parse, string expected)
            where T : struct
        {
            if (Text(name) is not { } value)
            {
                return null;
            }

            var parsed = parse(value.Trim());
            if (parsed is null)
            {
                Errors[name] = [$"'{value}' is not valid for {name}; use {expected}."];
            }

            return parsed;
        }
    }
}
