namespace InviteScreen.Training;

/// <summary>
/// Sources split into folds: every note of a source lands in the same fold, so a held-out fold is text from
/// inboxes and tools the model never saw. Deterministic: larger sources first, each into the smallest fold so far.
/// </summary>
public static class FoldPlan
{
    public static int[] Assign(IReadOnlyList<LabelledNote> notes, int folds)
    {
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizes = new int[folds];
        foreach (var group in notes.GroupBy(n => n.Source, StringComparer.Ordinal)
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            fold[group.Key] = smallest;
            sizes[smallest] += group.Count();
        }

        return [.. notes.Select(n => fold[n.Source])];
    }
}
