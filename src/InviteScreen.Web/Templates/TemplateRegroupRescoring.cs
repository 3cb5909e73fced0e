using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>The regroup's second phase: each note counts the other senders of its new group (none if ungrouped).</summary>
internal sealed class TemplateRegroupRescoring(TemplateHistory history, InviteScreenDbContext db, TimeProvider clock)
{
    public async Task<bool> RescoreBatchAsync(TemplateRegroupState state, int batchSize, CancellationToken cancellationToken)
    {
        var last = state.LastInvitationId;
        var rows = await db.Invitations.Where(i => i.Id > last).OrderBy(i => i.Id).Take(batchSize)
            .Select(i => new { i.Id, i.TemplateGroupId, i.MassTemplateSenders }).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return false;
        }

        var groups = rows.Select(r => r.TemplateGroupId).OfType<long>().Distinct().ToList();
        var others = new Dictionary<long, int>();
        foreach (var group in groups)
        {
            others[group] = Math.Min(await history.SendersOfAsync(group, cancellationToken) is var senders ? senders.Count - 1 : 0, history.Saturation);
        }

        var stale = rows.Where(r => Expected(r.TemplateGroupId) != r.MassTemplateSenders).Select(r => r.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var member in await db.Invitations.Where(i => EF.Parameter(stale).Contains(i.Id)).Include(i => i.Findings).ToListAsync(cancellationToken))
        {
            var count = Expected(member.TemplateGroupId);
            history.Rescore(member, count, Reason(count), now);
        }

        state.LastInvitationId = rows[^1].Id;
        return true;

        int Expected(long? group) => group is { } g ? others[g] : 0;
    }

    private string Reason(int others) => others == 0
        ? "Template groups were rebuilt: this note is no longer grouped with other senders' notes (it had been chained to notes of other templates)."
        : $"Template groups were rebuilt: this note's template was found from {others}{(others == history.Saturation ? " or more" : "")} other sender{(others == 1 ? "" : "s")}.";
}
