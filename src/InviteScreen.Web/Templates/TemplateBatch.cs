using InviteScreen.Scoring.Templates;

namespace InviteScreen.Web.Templates;

/// <summary>
/// The template history as seen by one batch of new notes: the stored candidates for all their band keys,
/// fetched up front with their groups' representatives, plus the notes this batch has stored so far.
/// A note joins the group whose representative (its founding note) it matches best; it is compared with
/// nothing else, so a note that resembles two groups never bridges them.
/// </summary>
public sealed class TemplateBatch
{
    private const int MaxCandidates = 160;

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
        if (fingerprint?.Sentences is not { } note)
        {
            return TemplateMatch.None;
        }

        var nearby = fingerprint.BandKeys
            .SelectMany(key => idsByKey.TryGetValue(key, out var ids) ? ids : [])
            // A trashed note keeps its band keys until purged, but is no candidate.
            .Distinct().Where(candidates.ContainsKey).Take(MaxCandidates).Select(id => candidates[id]).ToList();
        // Only the candidates that can change the outcome are read sentence by sentence: grouped ones count through their representative.
        var matches = nearby.Where(c => (c.GroupId is null || c.SenderKey == senderKey) && note.IsSameTemplate(c.Sentences)).ToList();
        var sameSender = matches.Count(m => m.SenderKey == senderKey);
        var closest = nearby.Select(c => c.GroupId).OfType<long>().Distinct()
            .Select(group => (Group: group, Similarity: note.Similarity(RepresentativeOf(group, nearby).Sentences)))
            .Where(g => g.Similarity >= TemplateSentences.SameTemplateShare)
            .OrderByDescending(g => g.Similarity).ThenBy(g => g.Group)
            .Select(g => (long?)g.Group).FirstOrDefault();
        if (closest is { } groupId)
        {
            var senders = await SendersOfAsync(groupId, cancellationToken);
            return new TemplateMatch(groupId, Math.Min(senders.Count(s => s != senderKey), history.Saturation), sameSender, []);
        }

        return Found(matches.Where(m => m.GroupId is null).OrderBy(m => m.Id).ToList(), senderKey, sameSender);
    }

    /// <summary>
    /// No group fits, but earlier ungrouped copies do: the earliest founds a group, as its representative,
    /// with the copies that match it. Copies from the same sender alone make a repeat, not a template.
    /// </summary>
    private TemplateMatch Found(List<Candidate> ungrouped, string senderKey, int sameSender)
    {
        if (ungrouped.Count == 0)
        {
            return new TemplateMatch(null, 0, sameSender, []);
        }

        var representative = ungrouped[0];
        var joining = ungrouped.Where(c => c == representative || representative.Sentences.IsSameTemplate(c.Sentences)).ToList();
        var others = joining.Select(c => c.SenderKey).Where(s => s != senderKey).Distinct(StringComparer.Ordinal).Count();
        return others == 0
            ? new TemplateMatch(null, 0, sameSender, [])
            : new TemplateMatch(representative.Id, Math.Min(others, history.Saturation), sameSender, [.. joining.Select(c => c.Id)]);
    }

    /// <summary>The group's founding note; if it was deleted, its earliest member among the candidates stands in.</summary>
    private Candidate RepresentativeOf(long group, List<Candidate> nearby) =>
        candidates.TryGetValue(group, out var representative) ? representative : nearby.Where(c => c.GroupId == group).MinBy(c => c.Id)!;

    /// <summary>After the invitation is stored: it becomes a candidate for the rest of the batch, and joins its group.</summary>
    public async Task RecordAsync(long invitationId, string senderKey, TemplateFingerprint? fingerprint, TemplateMatch match, CancellationToken cancellationToken)
    {
        if (fingerprint?.Sentences is not { } sentences)
        {
            return;
        }

        candidates[invitationId] = new Candidate(invitationId, senderKey, new Lazy<TemplateSentences>(sentences)) { GroupId = match.GroupId };
        foreach (var key in fingerprint.BandKeys.Distinct())
        {
            (idsByKey.TryGetValue(key, out var ids) ? ids : idsByKey[key] = []).Add(invitationId);
        }

        if (match.GroupId is not { } groupId)
        {
            return;
        }

        touchedGroups.Add(groupId);
        if (match.InvitationsToJoin.Count == 0)
        {
            if (sendersByGroup.TryGetValue(groupId, out var senders))
            {
                senders.Add(senderKey);
            }

            return;
        }

        await history.FoundGroupAsync(groupId, match.InvitationsToJoin, cancellationToken);
        foreach (var id in match.InvitationsToJoin)
        {
            candidates[id].GroupId = groupId;
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

    /// <summary>For a regroup, which re-scores every note once at the end instead.</summary>
    internal void ForgetGrownGroups() => touchedGroups.Clear();

    private async Task<HashSet<string>> SendersOfAsync(long group, CancellationToken cancellationToken)
    {
        if (!sendersByGroup.TryGetValue(group, out var senders))
        {
            senders = await history.SendersOfAsync(group, cancellationToken);
            sendersByGroup[group] = senders;
        }

        return senders;
    }

    /// <summary>A stored note; its sentences are read from its text only when a comparison needs them.</summary>
    internal sealed record Candidate(long Id, string SenderKey, Lazy<TemplateSentences> LazySentences)
    {
        public long? GroupId { get; set; }

        public TemplateSentences Sentences => LazySentences.Value;
    }
}
