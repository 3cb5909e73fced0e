using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Templates;

/// <summary>A template group in the API: <c>commonText</c> has "…" where the copies differ.</summary>
public sealed record TemplateResponse(long Id, int Senders, int Invitations, string CommonText, DateTime FirstSeen, DateTime LastSeen, int MaxScore)
{
    public static TemplateResponse From(TemplateGroupSummary group, TemplateCommonText text) => new(
        group.Id, group.Senders, group.Invitations, text.Text,
        DateTime.SpecifyKind(group.FirstSeenAt, DateTimeKind.Utc), DateTime.SpecifyKind(group.LastSeenAt, DateTimeKind.Utc), group.MaxScore);
}

public sealed record TemplatePage(IReadOnlyList<TemplateResponse> Items, int Page, int PageSize, int TotalCount);

/// <summary>What fills the gaps most often, and in how many of the sampled copies.</summary>
public sealed record GapValueResponse(string Value, int Copies);

/// <summary>One group: its summary fields, its most common gap values and a page of its members.</summary>
public sealed record TemplateDetailResponse(
    long Id, int Senders, int Invitations, string CommonText, DateTime FirstSeen, DateTime LastSeen, int MaxScore,
    IReadOnlyList<GapValueResponse> GapValues, InvitationPage Members)
{
    public TemplateDetailResponse(TemplateResponse group, IReadOnlyList<GapValueResponse> gapValues, InvitationPage members)
        : this(group.Id, group.Senders, group.Invitations, group.CommonText, group.FirstSeen, group.LastSeen, group.MaxScore, gapValues, members)
    {
    }
}
