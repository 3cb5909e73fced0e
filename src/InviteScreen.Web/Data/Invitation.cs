using InviteScreen.Scoring;

namespace InviteScreen.Web.Data;

/// <summary>A screened invitation as stored: what was sent, how it scored, what the user did with it.</summary>
public sealed class Invitation
{
    public long Id { get; set; }
    public string SenderName { get; set; } = "";
    public string Headline { get; set; } = "";
    public string? ProfileUrl { get; set; }
    public string Message { get; set; } = "";

    /// <summary>Identifies the sender across invitations: the profile URL, or else the normalised name and headline.</summary>
    public string SenderKey { get; set; } = "";

    public int Score { get; set; }
    public Verdict Verdict { get; set; }
    public bool Flagged { get; set; }

    /// <summary>The rule ids that scored, most points first, joined by ';'.</summary>
    public string TopRules { get; set; } = "";

    public TriageStatus Status { get; set; }
    public DateTime ScreenedAt { get; set; }

    public List<InvitationFinding> Findings { get; set; } = [];
}

public enum TriageStatus
{
    New,
    Accepted,
    Ignored,
    Reported,
}
