using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

/// <summary>The dashboard's status tabs: live invitations per status, and the trash.</summary>
public sealed record StatusCounts(IReadOnlyDictionary<TriageStatus, int> ByStatus, int Trashed)
{
    public static readonly StatusCounts None = new(new Dictionary<TriageStatus, int>(), 0);

    public int this[TriageStatus status] => ByStatus.GetValueOrDefault(status);

    public int Live => ByStatus.Values.Sum();

    public static async Task<StatusCounts> LoadAsync(InviteScreenDbContext db, CancellationToken cancellationToken)
    {
        var byStatus = await db.Invitations.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new StatusCounts(byStatus, await Trash.Trashed(db).CountAsync(cancellationToken));
    }
}
