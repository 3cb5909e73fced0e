using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;

namespace InviteScreen.Web.Screening;

/// <summary>Re-scores stored invitations in place: a changed score goes into the score history with its reason.</summary>
internal static class StoredRescore
{
    /// <summary>Scores the invitation (loaded with its findings) as it stands now; returns whether its score changed.</summary>
    public static bool Apply(InviteScreenDbContext db, GenericnessScorer scorer, Learning.LearningState learning, Invitation invitation, string reason, DateTime now)
    {
        var result = scorer.Score(
            new InvitationText(invitation.SenderName, invitation.Headline, invitation.Message),
            learning.Context(TemplateHistory.Evidence(invitation.MassTemplateSenders, invitation.SameSenderRepeats), invitation.ProfileUrl));
        var changed = result.Score != invitation.Score;
        if (changed)
        {
            db.ScoreChanges.Add(new ScoreChange { InvitationId = invitation.Id, ChangedAt = now, OldScore = invitation.Score, NewScore = result.Score, Reason = reason });
        }
        else if (result.Flagged == invitation.Flagged && result.Verdict == invitation.Verdict && SameFindings(invitation.Findings, result.Findings))
        {
            return false;
        }

        db.Findings.RemoveRange(invitation.Findings);
        invitation.Findings = [.. result.Findings.Select(InvitationFinding.From)];
        invitation.ApplyScore(result);
        return changed;
    }

    private static bool SameFindings(List<InvitationFinding> stored, IReadOnlyList<Finding> fresh) =>
        stored.Count == fresh.Count && stored.OrderBy(f => f.Id).Zip(fresh).All(pair =>
            pair.First.RuleId == pair.Second.RuleId && pair.First.Start == pair.Second.Start && pair.First.Length == pair.Second.Length
            && pair.First.Points == pair.Second.Points && pair.First.Explanation == pair.Second.Explanation);
}
