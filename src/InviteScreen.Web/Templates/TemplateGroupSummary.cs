using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>A template group as the Templates page lists it.</summary>
public sealed class TemplateGroupSummary
{
    public long Id { get; init; }
    public int Senders { get; init; }
    public int Invitations { get; init; }
    public DateTime FirstSeenAt { get; init; }
    public DateTime LastSeenAt { get; init; }
    public int MaxScore { get; init; }

    public const int SampleSize = 20;

    public static IQueryable<TemplateGroupSummary> Query(InviteScreenDbContext db) =>
        db.Invitations
            .Where(i => i.TemplateGroupId != null)
            .GroupBy(i => i.TemplateGroupId!.Value)
            .Select(g => new TemplateGroupSummary
            {
                Id = g.Key,
                Senders = g.Select(i => i.SenderKey).Distinct().Count(),
                Invitations = g.Count(),
                FirstSeenAt = g.Min(i => i.ScreenedAt),
                LastSeenAt = g.Max(i => i.ScreenedAt),
                MaxScore = g.Max(i => i.Score),
            });

    public static async Task<IReadOnlyList<TemplateSegment>> CommonTextAsync(InviteScreenDbContext db, long groupId, CancellationToken cancellationToken)
    {
        var sample = await db.Invitations.Where(i => i.TemplateGroupId == groupId)
            .OrderBy(i => i.Id).Select(i => i.Message).Take(SampleSize).ToListAsync(cancellationToken);
        return TemplateCommonText.Build(sample);
    }
}
