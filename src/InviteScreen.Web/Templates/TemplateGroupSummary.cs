using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>A template group as the Templates page and API list it.</summary>
public sealed class TemplateGroupSummary
{
    public long Id { get; init; }
    public int Senders { get; init; }
    public int Invitations { get; init; }
    public DateTime FirstSeenAt { get; init; }
    public DateTime LastSeenAt { get; init; }
    public int MaxScore { get; init; }

    /// <summary>The copies the common text is read from: the representative and the earliest members after it.</summary>
    public const int SampleSize = 20;

    /// <summary>Every group, or with <paramref name="groupId"/> just that one.</summary>
    public static IQueryable<TemplateGroupSummary> Query(InviteScreenDbContext db, long? groupId = null) =>
        (groupId is { } only ? db.Invitations.Where(i => i.TemplateGroupId == only) : db.Invitations.Where(i => i.TemplateGroupId != null))
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

    /// <summary>Largest first: most senders, then most invitations.</summary>
    public static IQueryable<TemplateGroupSummary> Largest(InviteScreenDbContext db) =>
        Query(db).OrderByDescending(g => g.Senders).ThenByDescending(g => g.Invitations).ThenBy(g => g.Id);

    public static Task<int> CountAsync(InviteScreenDbContext db, CancellationToken cancellationToken) =>
        db.Invitations.Where(i => i.TemplateGroupId != null).Select(i => i.TemplateGroupId).Distinct().CountAsync(cancellationToken);

    public static async Task<TemplateCommonText> CommonTextAsync(InviteScreenDbContext db, long groupId, CancellationToken cancellationToken)
    {
        var sample = await db.Invitations.Where(i => i.TemplateGroupId == groupId)
            .OrderBy(i => i.Id).Select(i => i.Message).Take(SampleSize).ToListAsync(cancellationToken);
        return TemplateCommonText.Build(sample);
    }
}
