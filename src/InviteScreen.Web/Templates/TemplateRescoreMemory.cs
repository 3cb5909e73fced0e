using System.Collections.Concurrent;

namespace InviteScreen.Web.Templates;

/// <summary>
/// For each template group, the sender count its members were last brought up to, and the invitations that
/// joined it since. A group whose count has not grown needs only those newcomers checked, so the re-score
/// does not scan the whole group on every batch (at scale most groups are saturated).
/// </summary>
public sealed class TemplateRescoreMemory
{
    private readonly ConcurrentDictionary<long, Entry> groups = new();

    /// <summary>The invitations to check, or null when the whole group must be scanned.</summary>
    public IReadOnlyList<long>? OnlyToCheck(long groupId, int otherSenders) =>
        groups.TryGetValue(groupId, out var entry) && entry.UpTo >= otherSenders ? [.. entry.Joined] : null;

    /// <summary>Its members count the most senders that score, and no one joined since: nothing can be behind.</summary>
    public bool IsSettled(long groupId, int saturation) =>
        groups.TryGetValue(groupId, out var entry) && entry.UpTo >= saturation && entry.Joined.Count == 0;

    public void Remember(long groupId, int otherSenders) => groups[groupId] = new Entry(otherSenders, []);

    /// <summary>Single invitations joined the group: they may count fewer senders than its members.</summary>
    public void Joined(long groupId, IEnumerable<long> invitationIds)
    {
        if (groups.TryGetValue(groupId, out var entry))
        {
            entry.Joined.AddRange(invitationIds);
        }
    }

    /// <summary>
    /// Whole groups merged into it. Members of saturated groups cannot be behind, so when all of them are
    /// saturated only their pending newcomers carry over; otherwise the merged group must be scanned.
    /// </summary>
    public void Merged(long groupId, IReadOnlyList<long> mergedGroups, IEnumerable<long> joined, int saturation)
    {
        var all = mergedGroups.Append(groupId).Select(g => groups.TryGetValue(g, out var entry) ? entry : null).ToList();
        foreach (var merged in mergedGroups)
        {
            groups.TryRemove(merged, out _);
        }

        if (all.Any(entry => entry is null || entry.UpTo < saturation))
        {
            groups.TryRemove(groupId, out _);
            return;
        }

        groups[groupId] = new Entry(saturation, [.. all.SelectMany(entry => entry!.Joined), .. joined]);
    }

    private sealed record Entry(int UpTo, List<long> Joined);
}
