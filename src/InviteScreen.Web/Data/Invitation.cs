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

    /// <summary>How many mutual connections LinkedIn showed with the invitation; null when not known.</summary>
    public int? MutualConnections { get; set; }

    /// <summary>Identifies the sender across invitations: the profile URL, or else the normalised name and headline.</summary>
    public string SenderKey { get; set; } = "";

    public int Score { get; set; }
    public Verdict Verdict { get; set; }
    public bool Flagged { get; set; }

    /// <summary>The rule ids that scored, most points first, joined by ';'.</summary>
    public string TopRules { get; set; } = "";

    public TriageStatus Status { get; set; }
    public DateTime ScreenedAt { get; set; }

    /// <summary>When LinkedIn says the invitation was sent; null for pasted invitations.</summary>
    public DateTime? SentAt { get; set; }

    /// <summary>The natural key of an imported invitation (sender, sent at, message), so re-imports add nothing; null for pasted ones.</summary>
    public string? ImportKey { get; set; }

    /// <summary>The MinHash signature of the note, or null when the note is too short to be a template.</summary>
    public byte[]? Fingerprint { get; set; }

    /// <summary>The template group: the id of its representative, the invitation that founded it; null when the note is not a shared template.</summary>
    public long? TemplateGroupId { get; set; }

    /// <summary>How many other senders' copies of this note the current score counts.</summary>
    public int MassTemplateSenders { get; set; }

    /// <summary>How many earlier copies from the same sender the current score counts.</summary>
    public int SameSenderRepeats { get; set; }

    /// <summary>When the user moved it to the trash; null while it is live. Trashed rows are hidden everywhere but the trash.</summary>
    public DateTime? DeletedAt { get; set; }

    public List<ScoreChange> ScoreChanges { get; set; } = [];

    public void ApplyScore(ScoreResult result)
    {
        Score = result.Score;
        Verdict = result.Verdict;
        Flagged = result.Flagged;
        TopRules = string.Join(';', result.Findings.Where(f => f.Points > 0).OrderByDescending(f => f.Points).Select(f => f.RuleId).Distinct());
    }

    public List<InvitationFinding> Findings { get; set; } = [];
}

public enum TriageStatus
{
    New,
    Accepted,
    Ignored,
    Reported,
}
