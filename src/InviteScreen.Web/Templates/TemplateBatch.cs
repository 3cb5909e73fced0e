using InviteScreen.Scoring.Templates;

namespace InviteScreen.Web.Templates;

/// <summary>
/// The template history as seen by one batch of new notes: the stored candidates for all their band keys,
/// fetched up front, plus the notes this batch has stored so far. Matching a note then costs no look-up
/// except, once per template group, the count of its senders.
/// </summary>
public sealed class TemplateBatch
{
    private const int MaxCandidates = 100;

    private readonly TemplateHistory history;
    private readonly Dictionary<long, List<long>> idsByKey;
    private readonly Dictionary<long, Candidate> candidates;
    private readonly Dictionary<long, HashSet<string>> sendersByGroup = [];
    private readonly HashSet<long> touchedGroups = [];

    internal TemplateBatch(TemplateHistory history, Dictionary<long, List<long>> idsByKey, Dictionary<long, Candidate> candidates)
    {
        this.history = history;
        this.idsByKey = idsByKey;
        this.candidates = candidates;
    }

    public async Task<TemplateMatch> MatchAsync(TemplateFingerprint? fingerprint, string senderKey, CancellationToken cancellationToken)
    {
        if (fingerprint is null)
        {
            return TemplateMatch.None;
        }

        var candidateIds = fingerprint.BandKeys
            .SelectMany(key => idsByKey.TryGetValue(key, out var ids) ? ids : [])
            .Distinct().Take(MaxCandidates).ToList();
        var matches = candidateIds.Select(id => candidates[id])
            .Where(c => fingerprint.Similarity(c.Signature) >= TemplateFingerprint.SameTemplateSimilarity)
            .ToList();
        var sameSender = matches.Count(m => m.SenderKey == senderKey);
        var groups = matches.Select(m => m.GroupId).OfType<long>().Distinct().Order().ToList();
        var ungroupedOthers = matches.Where(m => m.GroupId is null && m.SenderKey != senderKey).ToList();
        if (groups.Count == 0 && ungroupedOthers.Count == 0)
        {
            return new TemplateMatch(null, 0, sameSender, [], []);
        }

        var ungrouped = matches.Where(m => m.GroupId is null).ToList();
        var groupId = groups.Count > 0 ? groups[0] : ungrouped.Min(m => m.Id);
        var otherSenders = ungroupedOthers.Select(m => m.SenderKey).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups.TakeWhile(_ => otherSenders.Count <= history.Saturation))
        {
            otherSenders.UnionWith((await SendersOfAsync(group, cancellationToken)).Where(s => s != senderKey));
        }

        return new TemplateMatch(groupId, Math.Min(otherSenders.Count, history.Saturation), sameSender, [.. ungrouped.Select(m => m.Id)], [.. groups.Skip(1)]);
    }

    /// <summary>After the invitation is stored: it becomes a candidate for the rest of the batch, and joins its group.</summary>
    public async Task RecordAsync(long invitationId, string senderKey, TemplateFingerprint? fingerprint, TemplateMatch match, CancellationToken cancellationToken)
    {
        if (fingerprint is null)
        {
            return;
        }

        candidates[invitationId] = new Candidate(invitationId, senderKey, fingerprint.Signature) { GroupId = match.GroupId };
        foreach (var key in fingerprint.BandKeys.Distinct())
        {
            (idsByKey.TryGetValue(key, out var ids) ? ids : idsByKey[key] = []).Add(invitationId);
        }

        if (match.GroupId is not { } groupId)
        {
            return;
        }

        touchedGroups.Add(groupId);
        if (match.InvitationsToJoin.Count == 0 && match.GroupsToMerge.Count == 0)
        {
            if (sendersByGroup.TryGetValue(groupId, out var senders))
            {
                senders.Add(senderKey);
            }

            return;
        }

        await history.JoinGroupAsync(groupId, match, cancellationToken);
        foreach (var candidate in candidates.Values.Where(c => match.InvitationsToJoin.Contains(c.Id) || c.GroupId is { } g && match.GroupsToMerge.Contains(g)))
        {
            candidate.GroupId = groupId;
        }

        foreach (var merged in match.GroupsToMerge)
        {
            sendersByGroup.Remove(merged);
            touchedGroups.Remove(merged);
        }

        sendersByGroup.Remove(groupId);
    }

    /// <summary>Once per batch: earlier members of the groups that grew get their scores raised.</summary>
    public async Task RescoreGrownGroupsAsync(CancellationToken cancellationToken)
    {
        foreach (var group in touchedGroups)
        {
            await history.RescoreMembersAsync(group, cancellationToken);
        }

        touchedGroups.Clear();
    }

    private async Task<HashSet<string>> SendersOfAsync(long group, CancellationToken cancellationToken)
    {
        if (!sendersByGroup.TryGetValue(group, out var senders))
        {
            senders = await history.SendersOfAsync(group, cancellationToken);
            sendersByGroup[group] = senders;
        }

        return senders;
    }

    internal sealed record Candidate(long Id, string SenderKey, uint[] Signature)
    {
        public long? GroupId { get; set; }
    }
}
