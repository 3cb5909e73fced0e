using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>
/// Finds earlier copies of a note through its LSH band keys (a few index look-ups at any history size),
/// groups copies from different senders, and re-scores earlier members when the group grows.
/// </summary>
public sealed class TemplateHistory(InviteScreenDbContext db, GenericnessScorer scorer, TimeProvider clock)
{
    public const string MassTemplateRule = "MASS_TEMPLATE";
    public const string SameSenderRule = "SAME_SENDER_REPEAT";
    /// <summary>Enough copies to find a note's group; a template sent ten thousand times costs no more.</summary>
    private const int MaxCandidates = 100;

    /// <summary>Beyond this many other senders the MASS_TEMPLATE points no longer grow, so counting stops there.</summary>
    private readonly int saturation = SaturationOf(scorer.Rules.First(r => r.Id == MassTemplateRule));

    public static IReadOnlyList<HistoryEvidence> Evidence(int otherSenders, int sameSenderRepeats) =>
        [new(MassTemplateRule, otherSenders), new(SameSenderRule, sameSenderRepeats)];

    public async Task<TemplateMatch> MatchAsync(TemplateFingerprint? fingerprint, string senderKey, CancellationToken cancellationToken)
    {
        if (fingerprint is null)
        {
            return TemplateMatch.None;
        }

        var keys = fingerprint.BandKeys;
        var candidateIds = await db.TemplateBands.Where(b => keys.Contains(b.Key)).Select(b => b.InvitationId).Distinct().Take(MaxCandidates).ToListAsync(cancellationToken);
        if (candidateIds.Count == 0)
        {
            return TemplateMatch.None;
        }

        var candidates = await db.Invitations.Where(i => candidateIds.Contains(i.Id))
            .Select(i => new { i.Id, i.SenderKey, i.Fingerprint, i.TemplateGroupId })
            .ToListAsync(cancellationToken);
        var matches = candidates
            .Where(c => c.Fingerprint is not null && fingerprint.Similarity(TemplateFingerprint.SignatureFrom(c.Fingerprint)) >= TemplateFingerprint.SameTemplateSimilarity)
            .ToList();
        var sameSender = matches.Count(m => m.SenderKey == senderKey);
        var groups = matches.Select(m => m.TemplateGroupId).OfType<long>().Distinct().Order().ToList();
        var ungroupedOthers = matches.Where(m => m.TemplateGroupId is null && m.SenderKey != senderKey).ToList();
        if (groups.Count == 0 && ungroupedOthers.Count == 0)
        {
            return new TemplateMatch(null, 0, sameSender, [], []);
        }

        var ungrouped = matches.Where(m => m.TemplateGroupId is null).ToList();
        var groupId = groups.Count > 0 ? groups[0] : ungrouped.Min(m => m.Id);
        var otherSenders = ungroupedOthers.Select(m => m.SenderKey).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.TakeWhile(_ => otherSenders.Count <= saturation))
        {
            // One equality look-up per group: an IN list over the nullable group column makes SQLite scan.
            otherSenders.UnionWith(await db.Invitations
                .Where(i => i.TemplateGroupId == group && i.SenderKey != senderKey)
                .Select(i => i.SenderKey).Distinct().Take(saturation + 1).ToListAsync(cancellationToken));
        }

        return new TemplateMatch(groupId, Math.Min(otherSenders.Count, saturation), sameSender, [.. ungrouped.Select(m => m.Id)], [.. groups.Skip(1)]);
    }

    /// <summary>Stores the new invitation's band keys and brings the matched invitations into its group.</summary>
    public async Task RecordAsync(Invitation invitation, TemplateFingerprint? fingerprint, TemplateMatch match, CancellationToken cancellationToken)
    {
        if (fingerprint is not null)
        {
            db.TemplateBands.AddRange(fingerprint.BandKeys.Distinct().Select(key => new TemplateBand { Key = key, InvitationId = invitation.Id }));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (match.GroupId is not { } groupId)
        {
            return;
        }

        var joining = match.InvitationsToJoin;
        var merging = match.GroupsToMerge;
        await db.Invitations
            .Where(i => joining.Contains(i.Id) || i.TemplateGroupId != null && merging.Contains(i.TemplateGroupId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TemplateGroupId, groupId), cancellationToken);
        await RescoreMembersAsync(groupId, invitation.Id, cancellationToken);
    }

    /// <summary>Earlier members counted fewer senders than the group now has: their scores go up, and say why.</summary>
    private async Task RescoreMembersAsync(long groupId, long newcomer, CancellationToken cancellationToken)
    {
        var senders = await db.Invitations.Where(i => i.TemplateGroupId == groupId)
            .Select(i => i.SenderKey).Distinct().Take(saturation + 1).CountAsync(cancellationToken);
        var others = Math.Min(senders - 1, saturation);
        var stale = await db.Invitations
            .Where(i => i.TemplateGroupId == groupId && i.Id != newcomer && i.MassTemplateSenders < others)
            .Include(i => i.Findings)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var member in stale)
        {
            var result = scorer.Score(new InvitationText(member.SenderName, member.Headline, member.Message), Evidence(others, member.SameSenderRepeats));
            if (result.Score != member.Score)
            {
                db.ScoreChanges.Add(new ScoreChange
                {
                    InvitationId = member.Id,
                    ChangedAt = now,
                    OldScore = member.Score,
                    NewScore = result.Score,
                    Reason = $"The same note was found from {others}{(others == saturation ? " or more" : "")} other sender{(others == 1 ? "" : "s")}.",
                });
            }

            db.Findings.RemoveRange(member.Findings);
            member.Findings = [.. result.Findings.Select(InvitationFinding.From)];
            member.ApplyScore(result);
            member.MassTemplateSenders = others;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static int SaturationOf(RuleDefinition rule) =>
        rule.PointsPerRepeat <= 0 ? 1 : (rule.MaxPoints - rule.Points) / rule.PointsPerRepeat + 1;
}
