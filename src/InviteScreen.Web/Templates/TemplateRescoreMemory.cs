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

    /// <summary>After a regroup no group is what it was.</summary>
    public void Clear() => groups.Clear();

    private sealed record Entry(int UpTo, List<long> Joined);
}
