using InviteScreen.Scoring.Learning;

namespace InviteScreen.Training;

/// <summary>ROC AUC, and the precision and recall of the flag, over decided notes.</summary>
public sealed record Metrics(int Generic, int Personal, double Auc, double Precision, double Recall)
{
    public static Metrics Of(IEnumerable<(double Score, bool Flagged, bool Generic)> scored)
    {
        var list = scored.ToList();
        var generic = list.Count(s => s.Generic);
        var tp = list.Count(s => s.Flagged && s.Generic);
        var fp = list.Count(s => s.Flagged && !s.Generic);
        return new Metrics(generic, list.Count - generic, RocAuc.Of(list.Select(s => (s.Score, s.Generic))),
            tp / (double)Math.Max(1, tp + fp), tp / (double)Math.Max(1, generic));
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Generic + Personal} notes ({Generic} generic): AUC {Auc:F3}, precision {Precision:F3}, recall {Recall:F3}");
}
