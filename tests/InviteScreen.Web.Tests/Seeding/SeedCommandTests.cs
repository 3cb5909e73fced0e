using InviteScreen.Web.Data;
using InviteScreen.Web.Seeding;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tests.Seeding;

public sealed class SeedCommandTests
{
    [Fact]
    public async Task Seed_StoresScoredInvitationsOverTwoYearsWithTemplatesPersonalNotesAndTriage()
    {
        await using var app = new InviteScreenAppFactory();
        _ = app.Services;

        var stored = await SeedCommand.SeedAsync(app.Services, 1_500, 400, TextWriter.Null);

        var invitations = app.WithDb(db => db.Invitations.Include(i => i.Findings).ToList());
        Assert.Equal(stored, invitations.Count);
        Assert.InRange(stored, 1_490, 1_500);
        Assert.All(invitations, i => Assert.NotNull(i.SentAt));
        Assert.All(invitations, i => Assert.True(i.SentAt <= i.ScreenedAt && i.ScreenedAt <= DateTime.UtcNow, $"sent {i.SentAt:O}, screened {i.ScreenedAt:O}"));
        Assert.True((invitations.Max(i => i.SentAt) - invitations.Min(i => i.SentAt))!.Value.TotalDays > 600);
        Assert.Contains(invitations, i => i.Verdict == Scoring.Verdict.Personal);
        Assert.Contains(invitations, i => i.Flagged && i.Findings.Any(f => f.RuleId == "MASS_TEMPLATE"));
        Assert.True(invitations.Select(i => i.Status).Distinct().Count() >= 3);
        Assert.Equal(invitations.Count, invitations.Select(i => i.ImportKey).Distinct().Count());
    }

    [Fact]
    public async Task Seed_Twice_GeneratesTheSameHistoryAndAddsNothing()
    {
        await using var app = new InviteScreenAppFactory();
        _ = app.Services;
        var first = await SeedCommand.SeedAsync(app.Services, 300, 100, TextWriter.Null);

        var second = await SeedCommand.SeedAsync(app.Services, 300, 100, TextWriter.Null);

        Assert.Equal(0, second);
        Assert.Equal(first, app.WithDb(db => db.Invitations.Count()));
    }
}
