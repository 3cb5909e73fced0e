namespace InviteScreen.Scoring.Learning;

/// <summary>ROC AUC: the chance that a generic note outscores a personal one, ties counting half.</summary>
public static class RocAuc
{
    public static double Of(IEnumerable<(double Score, bool Generic)> scored)
    {
        var list = scored.ToList();
        var positives = list.Where(s => s.Generic).Select(s => s.Score).Order().ToArray();
        var negatives = list.Where(s => !s.Generic).Select(s => s.Score).ToArray();
        if (positives.Length == 0 || negatives.Length == 0)
        {
            return double.NaN;
        }

        var wins = 0.0;
        foreach (var n in negatives)
        {
            var below = FirstAtLeast(positives, n);
            var notAbove = FirstAbove(positives, n);
            wins += positives.Length - notAbove + ((notAbove - below) / 2.0);
        }

        return wins / (positives.Length * (double)negatives.Length);
    }

    private static int FirstAtLeast(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int FirstAbove(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
