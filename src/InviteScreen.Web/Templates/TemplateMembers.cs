using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>A page of a group's members, newest first, with their findings.</summary>
public static class TemplateMembers
{
    public static Task<List<Invitation>> PageAsync(InviteScreenDbContext db, long groupId, int page, int pageSize, CancellationToken cancellationToken) =>
        db.Invitations.AsNoTracking().Where(i => i.TemplateGroupId == groupId)
            .OrderByDescending(i => i.ScreenedAt).ThenByDescending(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Include(i => i.Findings).AsSplitQuery()
            .ToListAsync(cancellationToken);
}
