namespace InviteScreen.Web.Data;

/// <summary>A re-scoring of a stored invitation, e.g. when later invitations showed its note is a template.</summary>
public sealed class ScoreChange
{
    public long Id { get; set; }
    public long InvitationId { get; set; }
    public DateTime ChangedAt { get; set; }
    public int OldScore { get; set; }
    public int NewScore { get; set; }
    public string Reason { get; set; } = "";
}
