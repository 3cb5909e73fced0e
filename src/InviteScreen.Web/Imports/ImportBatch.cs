using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Imports;

/// <summary>A batch of Invitations.csv records made ready to write: incoming invitations prepared, the rest counted.</summary>
internal sealed record ImportBatch(int Rows, List<PreparedInvitation> Incoming, int Outgoing, List<InvitationsCsvRecord> Bad)
{
    public static ImportBatch From(InvitationsCsvRecord[] records) => new(
        records.Length,
        [.. records.Select(r => r.Row).OfType<InvitationsCsvRow>().Where(r => r.Direction == InvitationDirection.Incoming)
            .Select(r => PreparedInvitation.From(new InvitationToStore(
                new InvitationInput { SenderName = r.From, ProfileUrl = r.InviterProfileUrl, Message = r.Message },
                SentAt: DateTime.SpecifyKind(r.SentAt, DateTimeKind.Utc))))],
        records.Count(r => r.Row?.Direction == InvitationDirection.Outgoing),
        [.. records.Where(r => r.Problem is not null)]);
}
