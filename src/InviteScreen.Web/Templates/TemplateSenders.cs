using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>How many distinct senders each template group holds.</summary>
public static class TemplateSenders
{
    public static async Task<Dictionary<long, int>> CountAsync(InviteScreenDbContext db, IEnumerable<long?> groups, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<long, int>();
        foreach (var group in groups.OfType<long>().Distinct())
        {
            // One equality look-up per group: an IN list over the nullable group column makes SQLite scan.
            counts[group] = await db.Invitations.Where(i => i.TemplateGroupId == group).Select(i => i.SenderKey).Distinct().CountAsync(cancellationToken);
        }

        return counts;
    }
}
