using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

/// <summary>
/// The dashboard's summary row. Unfiltered it reads the trigger-kept aggregates (exact, no scan); filtered it
/// covers the matching invitations, or the newest <see cref="SampleSize"/> of them when more match.
/// </summary>
public sealed record InvitationSummary(int Count, double FlaggedShare, double MeanScore, IReadOnlyList<RuleCount> TopRules)
{
    public const int TopRuleCount = 5;
    public const int SampleSize = 2_000;

    /// <summary>True when the figures cover only the newest <see cref="SampleSize"/> matches.</summary>
    public bool IsSample { get; init; }

    public static Task<InvitationSummary> ComputeAsync(InviteScreenDbContext db, InvitationFilter filter, IQueryable<Invitation> filtered, MatchCount matches, CancellationToken cancellationToken) =>
        filter.IsEmpty ? FromAggregatesAsync(db, cancellationToken) : FromNewestMatchesAsync(db, filtered, matches.IsLowerBound || matches.Value > SampleSize, cancellationToken);

    public static async Task<InvitationSummary> FromAggregatesAsync(InviteScreenDbContext db, CancellationToken cancellationToken)
    {
        var days = await db.DayStats
            .GroupBy(s => s.Flagged)
            .Select(g => new { Flagged = g.Key, Count = g.Sum(s => s.Count), ScoreSum = g.Sum(s => s.ScoreSum) })
            .ToListAsync(cancellationToken);
        var count = days.Sum(d => d.Count);
        if (count == 0)
        {
            return new InvitationSummary(0, 0, 0, []);
        }

        var topRules = await RuleCount.MostFrequentAsync(db, TopRuleCount, cancellationToken);
        var flagged = days.Where(d => d.Flagged).Sum(d => d.Count);
        return new InvitationSummary((int)count, flagged / (double)count, days.Sum(d => d.ScoreSum) / (double)count, topRules);
    }

    private static async Task<InvitationSummary> FromNewestMatchesAsync(InviteScreenDbContext db, IQueryable<Invitation> filtered, bool isSample, CancellationToken cancellationToken)
    {
        var newest = filtered.OrderByDescending(i => i.ScreenedAt).ThenByDescending(i => i.Id).Take(SampleSize);
        var totals = await newest
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Flagged = g.Count(i => i.Flagged), ScoreSum = g.Sum(i => (long)i.Score) })
            .FirstOrDefaultAsync(cancellationToken);
        if (totals is null)
        {
            return new InvitationSummary(0, 0, 0, []);
        }

        var ids = newest.Select(i => i.Id);
        var topRules = await db.Findings
            .Where(f => f.Points > 0 && ids.Contains(f.InvitationId))
            .GroupBy(f => f.RuleId)
            .Select(g => new { RuleId = g.Key, Count = g.Count() })
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.RuleId)
            .Take(TopRuleCount)
            .ToListAsync(cancellationToken);
        return new InvitationSummary(totals.Count, totals.Flagged / (double)totals.Count, totals.ScoreSum / (double)totals.Count,
            [.. topRules.Select(r => new RuleCount(r.RuleId, r.Count))])
        {
            IsSample = isSample,
        };
    }
}

public sealed record RuleCount(string RuleId, int Count)
{
    /// <summary>The rules with the most stored findings, from the trigger-kept counts: no scan.</summary>
    public static Task<List<RuleCount>> MostFrequentAsync(InviteScreenDbContext db, int count, CancellationToken cancellationToken) =>
        db.RuleStats
            .Where(r => r.Count > 0)
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.RuleId)
            .Take(count)
            .Select(r => new RuleCount(r.RuleId, (int)r.Count))
            .ToListAsync(cancellationToken);
}
