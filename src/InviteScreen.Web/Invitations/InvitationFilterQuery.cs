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
}
