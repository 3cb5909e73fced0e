using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Templates;

/// <summary>A database whose groups the single-linkage clustering of earlier versions chained together, regrouped.</summary>
public sealed class RegroupTests
{
    private const string LastMigrationBeforeRegroup = "20261126113542_DashboardAtScale";
    private const int CopiesPerCampaign = 4;

    /// <summary>The campaigns pitch hard enough to score 100 with any history; a gentler curve lets fewer senders show.</summary>
    private const double UnsaturatedSaturation = 400;

    private static readonly Dictionary<string, string?> Unsaturated = new() { ["Scoring:Saturation"] = "400" };

    [Fact]
    public async Task Regroup_InterruptedAndResumed_SplitsTheChainedGroupAndRecordsEveryScoreChange()
    {
        await using var app = new InviteScreenAppFactory(Unsaturated);
        var campaigns = Campaign.Chain(5);
        var before = await CreateChainedDatabaseAsync(app.DatabasePath, campaigns);
        var regrouper = app.Services.GetRequiredService<TemplateRegrouper>();
        Assert.True(await app.WithDbAsync(db => TemplateRegrouper.IsDueAsync(db, CancellationToken.None)));

        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => regrouper.RunAsync(new StopAfterLines(3, stop), stop.Token, batchSize: 4));
        Assert.Equal(RegroupPhase.Grouping, app.WithDb(db => db.TemplateRegroups.Single().Phase));
        await regrouper.RunAsync(TextWriter.Null, CancellationToken.None, batchSize: 4);

        var after = app.WithDb(db => db.Invitations.Include(i => i.ScoreChanges).ToDictionary(i => i.Id));
        Assert.False(await app.WithDbAsync(db => TemplateRegrouper.IsDueAsync(db, CancellationToken.None)));
        foreach (var campaign in campaigns)
        {
            var groups = before.Where(b => b.Campaign == campaign).Select(b => after[b.Id].TemplateGroupId).Distinct().ToList();
            Assert.True(groups is [not null], $"{campaign.Name} is in groups {string.Join(", ", groups)}");
        }

        Assert.Equal(campaigns.Length, after.Values.Select(i => i.TemplateGroupId).Distinct().Count());
        foreach (var (id, _, oldScore) in before)
        {
            var invitation = after[id];
            Assert.Equal(CopiesPerCampaign - 1, invitation.MassTemplateSenders);
            Assert.True(invitation.Score < oldScore, $"{invitation.Score} < {oldScore}: fewer senders, fewer points");
            var change = Assert.Single(invitation.ScoreChanges);
            Assert.Equal((oldScore, invitation.Score), (change.OldScore, change.NewScore));
            Assert.StartsWith("Template groups were rebuilt: this note's template was found from 3 other senders.", change.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Regroup_GivesOldNotesSentenceKeys_SoASpunCopyFindsThem()
    {
        await using var app = new InviteScreenAppFactory();
        var campaign = Campaign.Chain(1)[0];
        var before = await CreateChainedDatabaseAsync(app.DatabasePath, [campaign]);
        var keysBefore = app.WithDb(db => db.TemplateBands.Count());

        await app.Services.GetRequiredService<TemplateRegrouper>().RunAsync(TextWriter.Null, CancellationToken.None);
        var copy = await app.StoreAsync(campaign.Copy(CopiesPerCampaign));

        Assert.True(app.WithDb(db => db.TemplateBands.Count()) > keysBefore + TemplateFingerprint.Bands);
        Assert.Equal(app.WithDb(db => db.Invitations.Single(i => i.Id == before[0].Id).TemplateGroupId), app.WithDb(db => db.Invitations.Single(i => i.Id == copy.Id).TemplateGroupId));
        Assert.Contains(copy.Findings, f => f.RuleId == TemplateHistory.MassTemplateRule);
    }

    /// <summary>
    /// The schema and rows as the previous version left them: every copy of every campaign in one group (single
    /// linkage chains campaigns that share sentences), each scored (earlier ones re-scored) with the group's sender count, and only the
    /// whole-note band keys in the index.
    /// </summary>
    private static async Task<List<(long Id, Campaign Campaign, int Score)>> CreateChainedDatabaseAsync(string path, IReadOnlyList<Campaign> campaigns)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var db = new InviteScreenDbContext(new DbContextOptionsBuilder<InviteScreenDbContext>().UseSqlite($"Data Source={path}").Options);
        await db.GetService<IMigrator>().MigrateAsync(LastMigrationBeforeRegroup, TestContext.Current.CancellationToken);
        var scorer = new GenericnessScorer(RuleCatalogue.LoadEmbedded(), new ScoringOptions { Saturation = UnsaturatedSaturation });
        var massTemplate = scorer.Rules.First(r => r.Id == TemplateHistory.MassTemplateRule);
        var saturated = (massTemplate.MaxPoints - massTemplate.Points) / massTemplate.PointsPerRepeat + 1;
        var copies = Enumerable.Range(0, CopiesPerCampaign).SelectMany(copy => campaigns.Select(campaign => (Campaign: campaign, Input: campaign.Copy(copy)))).ToList();
        var rows = copies.Select((c, n) => NewRow(c.Input, n, saturated, scorer)).ToList();
        var later = await AddLaterColumnsAsync(db);
        db.Invitations.AddRange(rows);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        rows.ForEach(r => r.TemplateGroupId = rows[0].Id);
        db.TemplateBands.AddRange(rows.SelectMany(r => TemplateFingerprint.Compute(r.Message)!.BandKeys.Take(TemplateFingerprint.Bands).Select(key => new TemplateBand { Key = key, InvitationId = r.Id })));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var column in later)
        {
            // The names come from the model, not from input.
            var sql = $"ALTER TABLE Invitations DROP COLUMN \"{column}\"";
            await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
        }

        return [.. rows.Select((r, n) => (r.Id, copies[n].Campaign, r.Score))];
    }

    /// <summary>
    /// Today's model writes the old rows, so the Invitations columns that later migrations add exist only while it
    /// does; they are dropped again before the app migrates the file.
    /// </summary>
    private static async Task<List<string>> AddLaterColumnsAsync(InviteScreenDbContext db)
    {
        var existing = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Invitations')").ToListAsync(TestContext.Current.CancellationToken);
        var later = db.Model.FindEntityType(typeof(Invitation))!.GetProperties().Select(p => p.GetColumnName()).Except(existing).ToList();
        foreach (var column in later)
        {
            // The names come from the model, not from input.
            var sql = $"ALTER TABLE Invitations ADD COLUMN \"{column}\"";
            await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
        }

        return later;
    }

    private static Invitation NewRow(InvitationInput input, int n, int saturated, GenericnessScorer scorer)
    {
        var result = scorer.Score(new InvitationText(input.SenderName, input.Headline, input.Message), TemplateHistory.Evidence(saturated, 0));
        var row = new Invitation
        {
            SenderName = input.SenderName!,
            Headline = input.Headline!,
            Message = input.Message!,
            SenderKey = SenderKey.For(input.SenderName, input.Headline, null),
            ScreenedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(n),
            Fingerprint = TemplateFingerprint.Compute(input.Message)!.SignatureBytes(),
            MassTemplateSenders = saturated,
            Findings = [.. result.Findings.Select(InvitationFinding.From)],
        };
        row.ApplyScore(result);
        return row;
    }

    /// <summary>Output that stops the regroup after a number of progress lines, as Ctrl+C would between batches.</summary>
    private sealed class StopAfterLines(int lines, CancellationTokenSource stop) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            if (--lines == 0)
            {
                stop.Cancel();
            }
        }
    }
}
