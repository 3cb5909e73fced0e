using InviteScreen.Scoring;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Screening;

/// <summary>The JSON shapes of the API: external tools rely on these names.</summary>
public sealed record FindingResponse(
    string RuleId, string Category, InvitationField Field, int Start, int Length, string Text, int Points, string Explanation, string? Suggestion)
{
    public static FindingResponse From(Finding f) => new(f.RuleId, f.Category, f.Field, f.Start, f.Length, f.Text, f.Points, f.Explanation, f.Suggestion);

    public static FindingResponse From(InvitationFinding f) => new(f.RuleId, f.Category, f.Field, f.Start, f.Length, f.Text, f.Points, f.Explanation, f.Suggestion);
}

public sealed record ScoreResponse(int Score, Verdict Verdict, bool Flagged, int Threshold, IReadOnlyList<FindingResponse> Findings)
{
    public static ScoreResponse From(ScoreResult result) =>
        new(result.Score, result.Verdict, result.Flagged, result.Threshold, [.. result.Findings.Select(FindingResponse.From)]);
}

public sealed record InvitationResponse(
    long Id,
    DateTime ScreenedAt,
    string SenderName,
    string Headline,
    string? ProfileUrl,
    string Message,
    TriageStatus Status,
    int Score,
    Verdict Verdict,
    bool Flagged,
    int Threshold,
    IReadOnlyList<FindingResponse> Findings,
    long? TemplateGroupId,
    int TemplateSenders,
    DateTime? SentAt,
    DateTime? DeletedAt,
    int? MutualConnections = null)
{
    /// <summary><c>sentAt</c> is when LinkedIn says it was sent (null when pasted); <c>deletedAt</c> is set while it lies in the trash.</summary>
    /// <param name="templateSenders">How many other senders the invitation's template group holds (0 when it is in none).</param>
    public static InvitationResponse From(Invitation i, int threshold, int templateSenders) => new(
        i.Id, DateTime.SpecifyKind(i.ScreenedAt, DateTimeKind.Utc), i.SenderName, i.Headline, i.ProfileUrl, i.Message, i.Status,
        i.Score, i.Verdict, i.Flagged, threshold, [.. i.Findings.OrderBy(f => f.Id).Select(FindingResponse.From)], i.TemplateGroupId, templateSenders,
        AsUtc(i.SentAt), AsUtc(i.DeletedAt), i.MutualConnections);

    private static DateTime? AsUtc(DateTime? stored) => stored is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;

    /// <summary>The invitations as the API shows them, each with the other senders of its template group counted.</summary>
    public static async Task<List<InvitationResponse>> FromAsync(IReadOnlyList<Invitation> invitations, InviteScreenDbContext db, int threshold, CancellationToken cancellationToken)
    {
        var senders = await Templates.TemplateSenders.CountAsync(db, invitations.Select(i => i.TemplateGroupId), cancellationToken);
        return [.. invitations.Select(i => From(i, threshold, i.TemplateGroupId is { } g ? senders[g] - 1 : 0))];
    }
}

/// <summary>A page of the list; past the count cap <c>totalCount</c> is a lower bound and <c>totalCountIsLowerBound</c> is true.</summary>
public sealed record InvitationPage(IReadOnlyList<InvitationResponse> Items, int Page, int PageSize, int TotalCount, bool TotalCountIsLowerBound = false);
