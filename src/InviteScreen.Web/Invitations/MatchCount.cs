using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

/// <summary>
/// How many invitations match: exact from the aggregates when nothing is filtered, otherwise counted up to
/// <see cref="Cap"/> so a page never pays for a full scan ("10,000+").
/// </summary>
public sealed record MatchCount(int Value, bool IsLowerBound)
{
    public const int Cap = 10_000;

    public override string ToString() => Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + (IsLowerBound ? "+" : "");

    public static async Task<MatchCount> CountAsync(InviteScreenDbContext db, InvitationFilter filter, IQueryable<Invitation> filtered, CancellationToken cancellationToken)
    {
        if (filter.IsEmpty)
        {
            return new MatchCount((int)await db.DayStats.SumAsync(s => s.Count, cancellationToken), IsLowerBound: false);
        }

        var counted = await filtered.Take(Cap + 1).CountAsync(cancellationToken);
        return counted > Cap ? new MatchCount(Cap, IsLowerBound: true) : new MatchCount(counted, IsLowerBound: false);
    }
}
