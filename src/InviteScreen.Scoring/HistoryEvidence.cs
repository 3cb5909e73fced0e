namespace InviteScreen.Scoring;

/// <summary>What the user's history says about a note: a history rule and how many times it applies (e.g. other senders).</summary>
public sealed record HistoryEvidence(string RuleId, int Count);
