namespace InviteScreen.Web.Templates;

/// <summary>
/// How far a regroup got (one row, or none when no regroup is due), committed with each batch so an
/// interrupted regroup resumes where it stopped.
/// </summary>
public sealed class TemplateRegroupState
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public RegroupPhase Phase { get; set; }

    /// <summary>Invitations up to this id are done in the current phase.</summary>
    public long LastInvitationId { get; set; }

    public DateTime StartedAt { get; set; }
}

public enum RegroupPhase
{
    /// <summary>Due (the groups were built by an older version), not started.</summary>
    Pending,

    /// <summary>Notes are re-assigned in the order they were stored.</summary>
    Grouping,

    /// <summary>Every note whose group's sender count changed is re-scored.</summary>
    Rescoring,
}
