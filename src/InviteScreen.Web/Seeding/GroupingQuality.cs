using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Seeding;

/// <summary>
/// How well the stored template groups match the seeder's ground truth. Purity: the share of grouped notes that
/// come from their group's majority campaign (a personal note in a group never counts). Fragmentation: groups
/// per campaign, over the campaigns with a grouped note. Recall: the share of campaign notes in a group.
/// </summary>
public sealed record GroupingQuality(int Groups, int GroupedNotes, double Purity, double GroupsPerCampaign, double CampaignNotesGrouped, int PersonalNotesGrouped)
{
    public static async Task<GroupingQuality> MeasureAsync(InviteScreenDbContext db, IEnumerable<SeededInvitation> seeded, CancellationToken cancellationToken)
    {
        var truth = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var s in seeded)
        {
            truth[PreparedInvitation.From(s.Item).ImportKey!] = s.Item.Input.Message is { Length: > 0 } ? s.Campaign ?? -1 : null;
        }

        var stored = await db.Invitations.AsNoTracking().Where(i => i.ImportKey != null)
            .Select(i => new { i.ImportKey, i.TemplateGroupId }).ToListAsync(cancellationToken);
        var notes = stored.Select(i => (Group: i.TemplateGroupId, Campaign: truth.GetValueOrDefault(i.ImportKey!))).ToList();
        return Of(notes);
    }

    /// <summary>From each note's group (null if none) and campaign (-1 for a personal note, null for an empty one).</summary>
    public static GroupingQuality Of(IReadOnlyList<(long? Group, int? Campaign)> notes)
    {
        var grouped = notes.Where(n => n.Group is not null).ToList();
        var majority = grouped.GroupBy(n => n.Group)
            .Sum(g => g.Where(n => n.Campaign >= 0).GroupBy(n => n.Campaign).Select(c => c.Count()).DefaultIfEmpty(0).Max());
        var campaignNotes = notes.Where(n => n.Campaign >= 0).ToList();
        var perCampaign = grouped.Where(n => n.Campaign >= 0).GroupBy(n => n.Campaign).Select(c => c.Select(n => n.Group).Distinct().Count()).ToList();
        return new GroupingQuality(
            grouped.Select(n => n.Group).Distinct().Count(),
            grouped.Count,
            grouped.Count == 0 ? 1 : majority / (double)grouped.Count,
            perCampaign.Count == 0 ? 0 : perCampaign.Average(),
            campaignNotes.Count == 0 ? 0 : campaignNotes.Count(n => n.Group is not null) / (double)campaignNotes.Count,
            grouped.Count(n => n.Campaign == -1));
    }

    public override string ToString() =>
        $"{Groups:N0} groups of {GroupedNotes:N0} notes: purity {Purity:F3}, {GroupsPerCampaign:F2} groups per campaign, {CampaignNotesGrouped:P1} of campaign notes grouped, {PersonalNotesGrouped} personal notes grouped";
}
