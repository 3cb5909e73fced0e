using System.Globalization;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

public sealed record WeekCount(DateOnly WeekStart, long Flagged, long NotFlagged)
{
    public long Total => Flagged + NotFlagged;
}

public sealed record KeywordCount(string Word, long Count);

/// <summary>The whole history at a glance, read from the trigger-kept aggregates: invitations per week, top rules, top flagged headline words.</summary>
public sealed record HistoryChart(IReadOnlyList<WeekCount> Weeks, IReadOnlyList<RuleCount> TopRules, IReadOnlyList<KeywordCount> TopFlaggedKeywords)
{
    public const int WeekCount = 26;
    public const int TopCount = 8;

    public static async Task<HistoryChart> LoadAsync(InviteScreenDbContext db, FlaggedHeadlineKeywords keywords, CancellationToken cancellationToken)
    {
        var days = await db.DayStats.Where(s => s.Count > 0).Select(s => new { s.Day, s.Flagged, s.Count }).ToListAsync(cancellationToken);
        var byWeek = days
            .GroupBy(d => WeekOf(DateOnly.ParseExact(d.Day, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => new WeekCount(g.Key, g.Where(d => d.Flagged).Sum(d => d.Count), g.Where(d => !d.Flagged).Sum(d => d.Count)));
        var weeks = byWeek.Count == 0
            ? []
            : Enumerable.Range(0, WeekCount).Reverse()
                .Select(back => byWeek.Keys.Max().AddDays(-7 * back))
                .Select(week => byWeek.GetValueOrDefault(week) ?? new WeekCount(week, 0, 0))
                .ToList();

        return new HistoryChart(weeks, await RuleCount.MostFrequentAsync(db, TopCount, cancellationToken), await keywords.TopAsync(db, cancellationToken));
    }

    /// <summary>The Monday that starts the ISO week of a day.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
