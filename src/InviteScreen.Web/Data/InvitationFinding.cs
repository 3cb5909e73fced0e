using InviteScreen.Scoring;

namespace InviteScreen.Web.Data;

/// <summary>A stored finding: kept as scored, so later catalogue changes do not rewrite history.</summary>
public sealed class InvitationFinding
{
    public long Id { get; set; }
    public long InvitationId { get; set; }
    public string RuleId { get; set; } = "";
    public string Category { get; set; } = "";
    public InvitationField Field { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    public string Text { get; set; } = "";
    public int Points { get; set; }
    public string Explanation { get; set; } = "";
    public string? Suggestion { get; set; }

    public static InvitationFinding From(Finding finding) => new()
    {
        RuleId = finding.RuleId,
        Category = finding.Category,
        Field = finding.Field,
        Start = finding.Start,
        Length = finding.Length,
        Text = finding.Text,
        Points = finding.Points,
        Explanation = finding.Explanation,
        Suggestion = finding.Suggestion,
    };
}
