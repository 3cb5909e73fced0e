using System.Text.Json;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>
/// Finds earlier copies of a note through its LSH band keys (a few index look-ups at any history size),
/// groups copies from different senders around a representative note, and re-scores earlier members when the group grows.
/// </summary>
public sealed class TemplateHistory(InviteScreenDbContext db, GenericnessScorer scorer, TemplateRescoreMemory rescored, TemplateRepresentatives representatives, Learning.LearningState learning, TimeProvider clock)
{
    public const string MassTemplateRule = "MASS_TEMPLATE";
    public const string SameSenderRule = "SAME_SENDER_REPEAT";
    private const int MaxCandidatesPerKey = 8;

    /// <summary>Beyond this many other senders the MASS_TEMPLATE points no longer grow, so counting stops there.</summary>
    private readonly int saturation = SaturationOf(scorer.Rules.First(r => r.Id == MassTemplateRule));

    public int Saturation => saturation;

    public static IReadOnlyList<HistoryEvidence> Evidence(int otherSenders, int sameSenderRepeats) =>
        [new(MassTemplateRule, otherSenders), new(SameSenderRule, sameSenderRepeats)];

    /// <summary>
    /// Fetches the stored candidates for every band key of the batch's notes: at most
    /// <see cref="MaxCandidatesPerKey"/> per key (a note has twelve band keys and two per sentence, so up to ~160 candidates, enough to
    /// find its group), so a template sent ten thousand times costs no more; then the candidates' notes and
    /// their groups' representatives. A regroup passes <paramref name="before"/>: only notes it has regrouped count.
    /// </summary>
    public async Task<TemplateBatch> BeginBatchAsync(IEnumerable<TemplateFingerprint?> fingerprints, CancellationToken cancellationToken, long before = long.MaxValue)
    {
        var keys = JsonSerializer.Serialize(fingerprints.OfType<TemplateFingerprint>().SelectMany(f => f.BandKeys).Distinct());
        // Both columns are in the primary key's index: the look-up never reads the table, in InvitationId order within a key.
        var hits = await db.Database.SqlQuery<BandHit>($"""
            SELECT k.value AS "Key", b.InvitationId AS "InvitationId"
            FROM json_each({keys}) AS k
            JOIN TemplateBands AS b ON b.Key = k.value
                AND b.InvitationId IN (SELECT t.InvitationId FROM TemplateBands AS t WHERE t.Key = k.value AND t.InvitationId < {before} LIMIT {MaxCandidatesPerKey})
            """).ToListAsync(cancellationToken);
        var candidates = await CandidatesAsync([.. hits.Select(h => h.InvitationId).Distinct()], cancellationToken);
        var groups = candidates.Values.Select(c => c.GroupId).OfType<long>().Distinct().ToList();
        foreach (var group in groups.Where(g => !candidates.ContainsKey(g)))
        {
            if (representatives.TryGet(group, out var known))
            {
                candidates[group] = new TemplateBatch.Candidate(group, known.SenderKey, new Lazy<TemplateSentences>(known.Sentences)) { GroupId = group };
            }
        }

        var unknown = groups.Where(g => !candidates.ContainsKey(g)).ToList();
        foreach (var (id, representative) in unknown.Count == 0 ? [] : await CandidatesAsync(unknown, cancellationToken))
        {
            candidates[id] = representative;
        }

        foreach (var group in groups.Where(candidates.ContainsKey))
        {
            if (representatives.TryGet(group, out var known))
            {
                candidates[group] = candidates[group] with { LazySentences = new Lazy<TemplateSentences>(known.Sentences) };
            }
            else
            {
                representatives.Remember(group, candidates[group].SenderKey, candidates[group].Sentences);
            }
        }

        return new TemplateBatch(this, hits.GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Select(h => h.InvitationId).ToList()), candidates);
    }

    private async Task<Dictionary<long, TemplateBatch.Candidate>> CandidatesAsync(List<long> ids, CancellationToken cancellationToken) =>
        (await db.Invitations.Where(i => EF.Parameter(ids).Contains(i.Id))
            .Select(i => new { i.Id, i.SenderKey, i.Message, i.TemplateGroupId })
            .ToListAsync(cancellationToken))
        .ToDictionary(c => c.Id, c => new TemplateBatch.Candidate(c.Id, c.SenderKey, new Lazy<TemplateSentences>(() => TemplateSentences.From(c.Message), LazyThreadSafetyMode.None)) { GroupId = c.TemplateGroupId });

    /// <summary>Enough of a group's senders to count it up to saturation, whichever sender is asking.</summary>
    internal async Task<HashSet<string>> SendersOfAsync(long group, CancellationToken cancellationToken) =>
        // One equality look-up per group: an IN list over the nullable group column makes SQLite scan.
        [.. await db.Invitations.Where(i => i.TemplateGroupId == group)
            .Select(i => i.SenderKey).Distinct().Take(saturation + 2).ToListAsync(cancellationToken)];

    /// <summary>Puts the founding copies into the new group, whose id is its representative's.</summary>
    internal async Task FoundGroupAsync(long groupId, IReadOnlyList<long> members, CancellationToken cancellationToken)
    {
        rescored.Joined(groupId, members);
        await db.Invitations.Where(i => EF.Parameter(members).Contains(i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TemplateGroupId, groupId), cancellationToken);
    }

    /// <summary>Earlier members counted fewer senders than the group now has: their scores go up, and say why.</summary>
    internal async Task RescoreMembersAsync(long groupId, CancellationToken cancellationToken)
    {
        if (rescored.IsSettled(groupId, saturation))
        {
            return;
        }

        var senders = await db.Invitations.Where(i => i.TemplateGroupId == groupId)
            .Select(i => i.SenderKey).Distinct().Take(saturation + 1).CountAsync(cancellationToken);
        var others = Math.Min(senders - 1, saturation);
        var onlyToCheck = rescored.OnlyToCheck(groupId, others);
        if (onlyToCheck is { Count: 0 })
        {
            return;
        }

        // By id when only newcomers need a look: with the group in the filter SQLite would walk the whole group.
        var stale = onlyToCheck is null
            ? await db.Invitations.Where(i => i.TemplateGroupId == groupId && i.MassTemplateSenders < others).Include(i => i.Findings).ToListAsync(cancellationToken)
            : (await db.Invitations.Where(i => EF.Parameter(onlyToCheck).Contains(i.Id) && i.MassTemplateSenders < others).Include(i => i.Findings).ToListAsync(cancellationToken))
                .Where(i => i.TemplateGroupId == groupId).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var reason = $"The same note was found from {others}{(others == saturation ? " or more" : "")} other sender{(others == 1 ? "" : "s")}.";
        foreach (var member in stale)
        {
            Rescore(member, others, reason, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        rescored.Remember(groupId, others);
    }

    /// <summary>Scores a stored member again with <paramref name="others"/> other senders; a changed score goes into its history with the reason.</summary>
    internal void Rescore(Invitation member, int others, string reason, DateTime now)
    {
        member.MassTemplateSenders = others;
        StoredRescore.Apply(db, scorer, learning, member, reason, now);
    }

    private static int SaturationOf(RuleDefinition rule) =>
        rule.PointsPerRepeat <= 0 ? 1 : (rule.MaxPoints - rule.Points) / rule.PointsPerRepeat + 1;

    internal sealed class BandHit
    {
        public long Key { get; init; }
        public long InvitationId { get; init; }
    }
}
