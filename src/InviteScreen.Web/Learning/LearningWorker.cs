using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Fitting;
using InviteScreen.Scoring.Learning;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Templates;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Learning;

/// <summary>
/// Relearns in the background whenever decisions or the profile change (and once at start): fits the user's personal
/// weights and trains their model on every decision, publishes them, then re-scores the untriaged invitations with it. Each changed score goes into the
/// score history with its reason. A burst of decisions folds into one relearn, and a re-score stops early when a
/// newer relearn waits, since that one re-scores again.
/// </summary>
public sealed class LearningWorker(
    IServiceScopeFactory scopes, LearningState state, LearningSignal signal, ScorerState scorers,
    ScreeningWriteGate gate, TimeProvider clock, ILogger<LearningWorker> logger) : BackgroundService
{
    private const int RescoreBatch = 500;

    /// <summary>The newest stored notes the learned model is centred on.</summary>
    private const int InboxSample = 2000;

    /// <summary>The scorer in use now: the user's settings and rule changes swap it.</summary>
    private GenericnessScorer Scorer => scorers.Current;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Relearn();
        while (await signal.WaitAsync(stoppingToken))
        {
            var answers = signal.Take();
            try
            {
                await LearnAsync(signal.TakeRescore(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Learning from the user's decisions failed; the previous model stays in use");
            }
            finally
            {
                signal.Learned(answers);
            }
        }
    }

    private async Task LearnAsync(bool rescore, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
        var notes = await DecisionSet.LoadAsync(db, cancellationToken);
        var profile = (await db.AboutMe.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.ToProfile();

        // The shipped weights' points on each decided note, nothing learned: what the personal fit must beat. The fit
        // lands its threshold on the configured one, so a threshold the user saves keeps moving the flags.
        var shipped = scorers.Shipped;
        var engine = notes.Select(n => shipped.Score(n.Text, new ScoringContext(n.History, Recipient: profile))).ToList();
        var personal = PersonalFit.Fit([.. notes.Select(n => new FitNote(n.Text, n.Generic, n.Sender, Measured: true))], [.. engine.Select(r => r.Evidence)], scorers.BaseOptions);

        // The learned model is calibrated against the scorer it adds to. On personal weights the fit has already
        // weighed the rules, so only the n-grams are learned on top; both go into force together below.
        var scorer = personal is null ? shipped : scorers.WithPersonal(personal.Weights);
        var baseEngine = personal is null ? engine : [.. notes.Select(n => scorer.Score(n.Text, new ScoringContext(n.History, Recipient: profile)))];
        var ruleIndex = shipped.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        List<int[]> hits = personal is null ? [.. engine.Select(result => ShiftableHits(shipped, result, ruleIndex))] : [];
        var inbox = await db.Invitations.AsNoTracking().OrderByDescending(i => i.Id).Take(InboxSample).Select(i => i.Message).ToListAsync(cancellationToken);
        var model = LearnedModel.Train([.. notes.Select(n => new TrainingNote(n.Text.Message ?? "", n.Generic))], [.. baseEngine.Select(r => r.Evidence)], hits, inbox);
        var generic = notes.Count(n => n.Generic);

        // On personal weights the decisions were seen by the fit, so the figures shown are the fit's held-out ones.
        var summary = new LearningSummary(
            generic, notes.Count - generic, personal?.CurrentAuc ?? model?.EngineAuc, personal?.HeldOutAuc ?? model?.CombinedAuc, model?.PointsPerLogit,
            clock.GetUtcNow().UtcDateTime, 0, 0, personal?.HeldOutAuc);
        scorers.PublishPersonal(personal?.Weights);
        var previous = state.Summary;
        state.Publish(model, profile, summary);
        if (!rescore || (previous.LearnedAt is null && notes.Count == 0 && profile is null))
        {
            // Nothing was ever learned and nothing is now, so the stored scores already say so; or the caller re-scores.
            return;
        }

        var reason = notes.Count == 0
            ? "Re-scored without learned decisions, with your profile as it is now."
            : $"Re-scored with what you taught ({generic} generic and {notes.Count - generic} personal decisions) and your profile as it is now.";
        var (rescored, changed) = await RescoreUntriagedAsync(db, reason, cancellationToken);
        state.Publish(model, profile, summary with { Rescored = rescored, Changed = changed });
        logger.LogInformation("Learned from {Decisions} decisions; re-scored {Rescored} untriaged invitations, {Changed} changed", notes.Count, rescored, changed);
    }

    /// <summary>A decided note's hits per rule, as the scorer would shift them: rules of the catalogue's own, up to maxHits.</summary>
    private static int[] ShiftableHits(GenericnessScorer scorer, ScoreResult result, Dictionary<string, int> ruleIndex)
    {
        var perRule = new int[ruleIndex.Count];
        foreach (var finding in result.Findings)
        {
            var r = ruleIndex[finding.RuleId];
            var rule = scorer.Rules[r];
            if (rule.Kind is not (RuleKind.History or RuleKind.TextModel or RuleKind.Learned) && perRule[r] < rule.MaxHits)
            {
                perRule[r]++;
            }
        }

        return perRule;
    }

    private async Task<(int Rescored, int Changed)> RescoreUntriagedAsync(InviteScreenDbContext db, string reason, CancellationToken cancellationToken)
    {
        var rescored = 0;
        var changed = 0;
        for (var after = 0L; !signal.Pending;)
        {
            using var _ = await gate.EnterAsync(cancellationToken);
            var batch = await db.Invitations.Where(i => i.Status == TriageStatus.New && i.Id > after)
                .OrderBy(i => i.Id).Take(RescoreBatch).Include(i => i.Findings).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return (rescored, changed);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var current = Scorer;
            foreach (var invitation in batch)
            {
                changed += StoredRescore.Apply(db, current, state, invitation, reason, now) ? 1 : 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            rescored += batch.Count;
            after = batch[^1].Id;
        }

        return (rescored, changed);
    }
}
