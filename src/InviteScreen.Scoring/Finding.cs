namespace InviteScreen.Scoring;

/// <summary>
/// One piece of evidence: the rule that fired and the exact span it matched,
/// <c>Get(Field).Substring(Start, Length) == Text</c>. A finding about the whole note
/// (an empty note, a note with no reason) has <c>Length == 0</c> and an empty <c>Text</c>.
/// </summary>
public sealed record Finding(
    string RuleId,
    string Category,
    InvitationField Field,
    int Start,
    int Length,
    string Text,
    int Points,
    string Explanation,
    string? Suggestion = null)
{
    public bool HasSpan => Length > 0;
}
