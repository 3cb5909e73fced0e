using InviteScreen.Scoring;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Invitations;

/// <summary>The dashboard's query string, bound for endpoints outside the page (the CSV export).</summary>
public sealed record InvitationFilterQuery(
    Verdict? Verdict, bool? Flagged, TriageStatus? Status, int? MinScore, int? MaxScore, DateOnly? From, DateOnly? To, string? Q, bool? InTemplate, long? Template, InvitationSort? Sort)
{
    public InvitationFilter ToFilter() => new()
    {
        Verdict = Verdict,
        Flagged = Flagged,
        Status = Status,
        MinScore = MinScore,
        MaxScore = MaxScore,
        From = From,
        To = To,
        Q = Q,
        InTemplate = InTemplate,
        Template = Template,
        Sort = Sort ?? InvitationSort.Newest,
    };

    /// <summary>
    /// Values that bind but make no sense, by field, for a 400: undefined enum values (a number binds to any)
    /// and dates out of range.
    /// </summary>
    public Dictionary<string, string[]> InvalidValues()
    {
        var errors = ToFilter().DateErrors();
        AddIfUndefined(Verdict, "verdict", errors);
        AddIfUndefined(Status, "status", errors);
        AddIfUndefined(Sort, "sort", errors);
        return errors;
    }

    private static void AddIfUndefined<T>(T? value, string name, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (value is { } given && !Enum.IsDefined(given))
        {
            errors[name] = [$"'{given}' is not a {name}; use one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."];
        }
    }
}
