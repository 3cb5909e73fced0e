using InviteScreen.Scoring.Catalogue;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tuning;

/// <summary>A rule as the Rules page and the API show it: the catalogue's, with the user's change and its record on decided notes.</summary>
public sealed record RuleView(
    string Id, string Title, string Category, string Explanation, int CataloguePoints, int Points, bool Enabled, int Hits, int Agreed)
{
    /// <summary>The share of hits on decided notes that the user's decisions agree with (generic for a rule that adds points), or null without hits.</summary>
    public double? Precision => Hits == 0 ? null : (double)Agreed / Hits;
}

/// <summary>Lists the rules with their hits on decided notes, and applies the user's changes to them.</summary>
public sealed class RuleChanges(InviteScreenDbContext db, ScorerState scorers, ScoringTuning tuning)
{
    public async Task<List<RuleView>> ListAsync(CancellationToken cancellationToken)
    {
        var overrides = await db.RuleOverrides.AsNoTracking().ToDictionaryAsync(o => o.RuleId, cancellationToken);
        var hits = await (from f in db.Findings
                          join d in db.Decisions on f.InvitationId equals d.InvitationId
                          group f.InvitationId by new { f.RuleId, d.Label } into g
                          select new { g.Key.RuleId, g.Key.Label, Count = g.Distinct().Count() }).ToListAsync(cancellationToken);
        return [.. scorers.BaseRules.Select(rule =>
        {
            var change = overrides.GetValueOrDefault(rule.Id);
            var generic = hits.Where(h => h.RuleId == rule.Id && h.Label == DecisionLabel.Generic).Sum(h => h.Count);
            var personal = hits.Where(h => h.RuleId == rule.Id && h.Label == DecisionLabel.Personal).Sum(h => h.Count);
            return new RuleView(rule.Id, rule.Title, rule.Category, rule.Explanation, rule.Points, change?.Points ?? rule.Points,
                change is not { Disabled: true }, generic + personal, rule.Points > 0 ? generic : personal);
        })];
    }

    /// <summary>Validates and stores a change, then re-scores; (null, null) for an unknown rule, (null, why) for an invalid change.</summary>
    public async Task<(RuleView? Rule, string? Error)> ChangeAsync(string ruleId, bool enabled, int? points, CancellationToken cancellationToken)
    {
        var rule = scorers.BaseRules.FirstOrDefault(r => r.Id == ruleId);
        if (rule is null)
        {
            return (null, null);
        }

        var overlay = (await tuning.OverlayAsync(cancellationToken)).Where(o => o.RuleId != ruleId).ToList();
        var change = new RuleOverlay(ruleId, !enabled, points == rule.Points ? null : points);
        overlay.Add(change);
        var (_, error) = tuning.TryBuild(await tuning.SettingsAsync(cancellationToken), overlay);
        if (error is not null)
        {
            return (null, error);
        }

        var row = await db.RuleOverrides.FindAsync([ruleId], cancellationToken);
        if (change is { Disabled: false, Points: null })
        {
            if (row is not null)
            {
                db.RuleOverrides.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                db.RuleOverrides.Add(row = new RuleOverride { RuleId = ruleId });
            }

            row.Disabled = change.Disabled;
            row.Points = change.Points;
        }

        await db.SaveChangesAsync(cancellationToken);
        var what = !enabled ? "disabled" : $"{points ?? rule.Points} points (catalogue: {rule.Points})";
        await tuning.ChangedAsync($"Rule \"{rule.Title}\" ({rule.Id}) changed: {what}.", cancellationToken, rulesChanged: true);
        return ((await ListAsync(cancellationToken)).First(r => r.Id == ruleId), null);
    }
}
