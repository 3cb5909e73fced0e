using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Tests;

/// <summary>One scorer over the shipped catalogue, shared by the tests as the app shares it.</summary>
internal static class Scorers
{
    public static GenericnessScorer Default { get; } = new(RuleCatalogue.LoadEmbedded(), new ScoringOptions());

    public static ScoreResult Score(string? message, string? headline = null, string? senderName = null) =>
        Default.Score(new InvitationText(senderName, headline, message));
}
