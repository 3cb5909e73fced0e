namespace InviteScreen.Scoring;

/// <summary>Bands and threshold, bound from the <c>Scoring</c> configuration section.</summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    /// <summary>A fit command's weights file to use instead of the shipped weights; empty for the shipped ones.</summary>
    public string? WeightsPath { get; set; }

    /// <summary>An invitation scoring at or above this is flagged.</summary>
    public int FlagThreshold { get; set; } = 60;

    /// <summary>Scores at or above this are "generic".</summary>
    public int GenericFrom { get; set; } = 60;

    /// <summary>Scores below this are "personal"; between the two, "mixed".</summary>
    public int PersonalBelow { get; set; } = 30;

    /// <summary>Evidence points that take the score to 63 (1 - 1/e); larger is gentler.</summary>
    public double Saturation { get; set; } = 40;

    public int ToScore(int evidence) =>
        evidence <= 0 ? 0 : (int)Math.Round(100 * (1 - Math.Exp(-evidence / Saturation)), MidpointRounding.AwayFromZero);

    public Verdict ToVerdict(int score) =>
        score >= GenericFrom ? Verdict.Generic : score < PersonalBelow ? Verdict.Personal : Verdict.Mixed;
}
