namespace InviteScreen.Scoring;

public enum Verdict
{
    Personal,
    Mixed,
    Generic,
}

/// <summary>A score from 0 (personal) to 100 (generic) and the findings that explain it.</summary>
public sealed record ScoreResult(int Score, Verdict Verdict, bool Flagged, int Threshold, IReadOnlyList<Finding> Findings)
{
    /// <summary>The sum of the findings' points before saturation.</summary>
    public int Evidence => Findings.Sum(f => f.Points);
}
