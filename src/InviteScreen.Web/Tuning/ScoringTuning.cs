using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Policy;
using InviteScreen.Web.Data;
using InviteScreen.Web.Learning;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tuning;

/// <summary>
/// The user's settings, lists and rule changes: read from the database, turned into the scorer and policy in use,
/// and, after each change, a background re-score of the history.
/// </summary>
public sealed class ScoringTuning(InviteScreenDbContext db, ScorerState scorers, LearningState learning, LearningSignal relearn, RescoreQueue rescores)
{
    /// <summary>The settings in force: the stored row, or appsettings' values.</summary>
    public async Task<ScoringSettings> SettingsAsync(CancellationToken cancellationToken) =>
        await db.ScoringSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new ScoringSettings
        {
            FlagThreshold = scorers.BaseOptions.FlagThreshold, GenericFrom = scorers.BaseOptions.GenericFrom, PersonalBelow = scorers.BaseOptions.PersonalBelow,
        };

    public async Task<List<RuleOverlay>> OverlayAsync(CancellationToken cancellationToken) =>
        [.. (await db.RuleOverrides.AsNoTracking().ToListAsync(cancellationToken)).Select(o => o.ToOverlay())];

    /// <summary>A scorer for these settings and rule changes, or the reason they are invalid.</summary>
    public (GenericnessScorer? Scorer, string? Error) TryBuild(ScoringSettings settings, IEnumerable<RuleOverlay> overlay)
    {
        try
        {
            return (scorers.Build(settings.FlagThreshold, settings.GenericFrom, settings.PersonalBelow, overlay), null);
        }
        catch (Exception e) when (e is CatalogueException or ArgumentException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>
    /// Puts what is stored in force: the scorer, the lists and the empty-note policy. One load at a time, each reading
    /// what is stored when it runs, so the last to finish holds the newest save.
    /// </summary>
    public async Task<string?> LoadAsync(CancellationToken cancellationToken)
    {
        await scorers.Loading.WaitAsync(cancellationToken);
        try
        {
            var settings = await SettingsAsync(cancellationToken);
            var overlay = await OverlayAsync(cancellationToken);
            var (scorer, error) = TryBuild(settings, overlay);
            if (scorer is not null)
            {
                scorers.Publish(settings.FlagThreshold, settings.GenericFrom, settings.PersonalBelow, overlay);
            }

            await PublishPolicyAsync(cancellationToken);
            return error;
        }
        finally
        {
            scorers.Loading.Release();
        }
    }

    public async Task PublishPolicyAsync(CancellationToken cancellationToken)
    {
        var entries = await db.ListEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new ListEntry(e.Kind, e.Field, e.Value)).ToListAsync(cancellationToken);
        var neutral = (await db.ScoringSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.EmptyNoteNeutral ?? false;
        learning.PublishPolicy(entries.Count == 0 && !neutral ? null : new ScreeningPolicy(entries, neutral));
    }

    /// <summary>
    /// After a saved change: puts it in force and starts a re-score of the history with the reason. Changed rules
    /// also relearn, since what was learned shifts rules by their place in the catalogue; the re-score waits for it.
    /// </summary>
    public async Task<RescoreJob> ChangedAsync(string reason, CancellationToken cancellationToken, bool rulesChanged = false)
    {
        await LoadAsync(cancellationToken);
        if (rulesChanged)
        {
            relearn.Relearn(rescore: false);
        }

        return await rescores.StartAsync(db, reason, cancellationToken);
    }
}
