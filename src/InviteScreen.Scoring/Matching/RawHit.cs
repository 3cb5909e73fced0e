namespace InviteScreen.Scoring.Matching;

/// <summary>A rule's match before points are assigned.</summary>
internal readonly record struct RawHit(int RuleIndex, int Start, int Length);
