using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Learning;

/// <summary>A note the user decided, as the engine reads it, with the history its stored score counted and its sender's key.</summary>
internal sealed record DecidedNote(InvitationText Text, IReadOnlyList<HistoryEvidence> History, bool Generic, string Sender);

/// <summary>The notes the user decided, in stored order: what the learned model trains on.</summary>
internal static class DecisionSet
{
    public static async Task<List<DecidedNote>> LoadAsync(InviteScreenDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.Decisions.AsNoTracking()
                .Join(db.Invitations, d => d.InvitationId, i => i.Id, (d, i) => new { i.Id, i.SenderName, i.Headline, i.Message, i.MassTemplateSenders, i.SameSenderRepeats, i.SenderKey, d.Label })
                .OrderBy(x => x.Id)
                .ToListAsync(cancellationToken))
            .Select(d => new DecidedNote(
                new InvitationText(d.SenderName, d.Headline, d.Message),
                TemplateHistory.Evidence(d.MassTemplateSenders, d.SameSenderRepeats),
                d.Label == DecisionLabel.Generic,
                d.SenderKey))];
}
