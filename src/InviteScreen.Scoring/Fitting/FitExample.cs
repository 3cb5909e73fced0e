namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// One note as the fit sees it: how often each fitted rule fired (up to its maxHits), the text model's log-odds
/// from a model that did not see the note, the label and the note's weight in the loss.
/// </summary>
internal sealed record FitExample(double[] RuleHits, double TextLogit, bool Generic, double Weight)
{
    /// <summary>The rules that fired: most notes fire a handful of the catalogue's rules.</summary>
    public int[] Fired { get; } = [.. Enumerable.Range(0, RuleHits.Length).Where(r => RuleHits[r] != 0)];
}
