namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// Groups split into folds: every note of a group (a source, a sender) lands in the same fold, so a held-out fold is
/// text from inboxes and tools the model never saw. Deterministic: larger groups first, each into the smallest fold so far.
/// </summary>
public static class FoldPlan
{
    public static int[] Assign(IReadOnlyList<string> groups, int folds)
    {
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizes = new int[folds];
        foreach (var group in groups.GroupBy(g => g, StringComparer.Ordinal)
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            fold[group.Key] = smallest;
            sizes[smallest] += group.Count();
        }

        return [.. groups.Select(g => fold[g])];
    }
}
