using InviteScreen.Web.Data;

namespace InviteScreen.Web.Screening;

/// <summary>
/// An invitation to screen and store. Pasted ones have no <see cref="SentAt"/>; imported and generated ones
/// have it, and with it a natural key (sender, sent at, message) that makes a second copy a duplicate.
/// </summary>
public sealed record InvitationToStore(InvitationInput Input, DateTime? SentAt = null, DateTime? ScreenedAt = null, TriageStatus Status = TriageStatus.New);

/// <summary>What a batch stored, and how many of its invitations were already there.</summary>
public sealed record BatchOutcome(IReadOnlyList<Invitation> Stored, int Duplicates);
