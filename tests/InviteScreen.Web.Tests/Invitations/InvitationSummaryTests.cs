using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tests.InvitationQueries;

public sealed class InvitationSummaryTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task FromAggregates_AfterStoresRescoresTriageAndDeletes_EqualsADirectComputation()
    {
        var before = app.WithDb(db => db.Invitations.Max(i => (long?)i.Id) ?? 0);
        for (var i = 0; i < 4; i++)
        {
            await app.StoreAsync(Invitations.Generic($"Sender {i}"));
            await app.StoreAsync(Invitations.Personal($"Friend {i}"));
        }

        var ids = app.WithDb(db => db.Invitations.OrderBy(i => i.Id).Select(i => i.Id).ToList());
        await app.WithDbAsync(db => Triage.ApplyAsync(db, TriageAction.Ignore, [ids[1]], DateTime.UtcNow, CancellationToken.None));
        await app.WithDbAsync(db => Triage.ApplyAsync(db, TriageAction.Delete, [ids[0], ids[3]], DateTime.UtcNow, CancellationToken.None));

        var summary = await app.WithDbAsync(db => InvitationSummary.FromAggregatesAsync(db, CancellationToken.None));

        // The generic copies form a template group, so earlier copies were re-scored: the update triggers ran.
        Assert.True(app.WithDb(db => db.ScoreChanges.Any(c => c.InvitationId > before)));
        var expected = app.WithDb(Direct);
        Assert.Equal(expected.Count, summary.Count);
        Assert.Equal(expected.FlaggedShare, summary.FlaggedShare, precision: 9);
        Assert.Equal(expected.MeanScore, summary.MeanScore, precision: 9);
        Assert.Equal(expected.TopRules, summary.TopRules);
        Assert.NotEmpty(summary.TopRules);
    }

    [Fact]
    public async Task Compute_WithFilter_EqualsADirectComputationOverTheMatches()
    {
        var marker = "m" + Guid.NewGuid().ToString("N")[..8];
        await app.StoreAsync(Invitations.Generic($"Generic {marker}"));
        await app.StoreAsync(Invitations.Generic($"Other {marker}") with { Message = "Hello, let's connect and grow our networks together" });
        await app.StoreAsync(Invitations.Personal($"Personal {marker}"));
        var filter = new InvitationFilter { Q = marker, Flagged = true };

        var summary = await app.WithDbAsync(async db =>
        {
            var filtered = await filter.ApplyAsync(db, CancellationToken.None);
            return await InvitationSummary.ComputeAsync(db, filter, filtered, await MatchCount.CountAsync(db, filter, filtered, CancellationToken.None), CancellationToken.None);
        });

        var expected = app.WithDb(db => Direct(db, [.. db.Invitations.AsNoTracking().AsEnumerable().Where(i => i.SenderName.Contains(marker, StringComparison.Ordinal) && i.Flagged).Select(i => i.Id)]));
        Assert.InRange(expected.Count, 1, 2);
        Assert.Equal(expected.Count, summary.Count);
        Assert.Equal(expected.FlaggedShare, summary.FlaggedShare, precision: 9);
        Assert.Equal(expected.MeanScore, summary.MeanScore, precision: 9);
        Assert.Equal(expected.TopRules, summary.TopRules);
        Assert.False(summary.IsSample);
    }

    private static InvitationSummary Direct(InviteScreenDbContext db) => Direct(db, [.. db.Invitations.Select(i => i.Id)]);

    private static InvitationSummary Direct(InviteScreenDbContext db, List<long> ids)
    {
        var invitations = db.Invitations.AsNoTracking().Where(i => ids.Contains(i.Id)).ToList();
        var topRules = db.Findings.AsNoTracking().Where(f => ids.Contains(f.InvitationId) && f.Points > 0).ToList()
            .GroupBy(f => f.RuleId)
            .Select(g => new RuleCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Take(InvitationSummary.TopRuleCount)
            .ToList();
        return new InvitationSummary(invitations.Count, invitations.Count(i => i.Flagged) / (double)invitations.Count, invitations.Average(i => i.Score), topRules);
    }
}
