using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

/// <summary>The dashboard's summary row over the filtered invitations.</summary>
public sealed record InvitationSummary(int Count, double FlaggedShare, double MeanScore, IReadOnlyList<RuleCount> TopRules)
{
    public static async Task<InvitationSummary> ComputeAsync(InviteScreenDbContext db, IQueryable<Invitation> filtered, CancellationToken cancellationToken)
    {
        var totals = await filtered
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Flagged = g.Count(i => i.Flagged), Mean = g.Average(i => (double)i.Score) })
            .FirstOrDefaultAsync(cancellationToken);
        if (totals is null)
        {
            return new InvitationSummary(0, 0, 0, []);
        }

        var ids = filtered.Select(i => i.Id);
        var topRules = await db.Findings
            .Where(f => f.Points > 0 && ids.Contains(f.InvitationId))
            .GroupBy(f => f.RuleId)
            .Select(g => new { RuleId = g.Key, Count = g.Count() })
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.RuleId)
            .Take(5)
            .ToListAsync(cancellationToken);
        return new InvitationSummary(totals.Count, totals.Flagged / (double)totals.Count, totals.Mean, [.. topRules.Select(r => new RuleCount(r.RuleId, r.Count))]);
    }
}

public sealed record RuleCount(string RuleId, int Count);
