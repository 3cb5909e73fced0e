using InviteScreen.Scoring;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Screening;

/// <summary>Scores an invitation and stores the screening in one transaction.</summary>
public sealed class InvitationScreener(GenericnessScorer scorer, InviteScreenDbContext db, TimeProvider clock)
{
    /// <summary>Scores the fields exactly as given, so spans index the caller's own text.</summary>
    public ScoreResult Score(InvitationInput input) =>
        scorer.Score(new InvitationText(input.SenderName, input.Headline, input.Message));

    public async Task<Invitation> ScreenAndStoreAsync(InvitationInput input, CancellationToken cancellationToken)
    {
        var invitation = Build(input, clock.GetUtcNow().UtcDateTime);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return invitation;
    }

    /// <summary>The stored form: fields trimmed, then scored, so stored spans index stored text.</summary>
    public Invitation Build(InvitationInput input, DateTime screenedAt)
    {
        var profileUrl = string.IsNullOrWhiteSpace(input.ProfileUrl) ? null : input.ProfileUrl.Trim();
        var trimmed = new InvitationInput
        {
            SenderName = input.SenderName?.Trim() ?? "",
            Headline = input.Headline?.Trim() ?? "",
            ProfileUrl = profileUrl,
            Message = input.Message?.Trim() ?? "",
        };
        var result = Score(trimmed);
        return new Invitation
        {
            SenderName = trimmed.SenderName,
            Headline = trimmed.Headline,
            ProfileUrl = profileUrl,
            Message = trimmed.Message,
            SenderKey = SenderKey.For(trimmed.SenderName, trimmed.Headline, profileUrl),
            Score = result.Score,
            Verdict = result.Verdict,
            Flagged = result.Flagged,
            TopRules = string.Join(';', result.Findings.Where(f => f.Points > 0).OrderByDescending(f => f.Points).Select(f => f.RuleId).Distinct()),
            Status = TriageStatus.New,
            ScreenedAt = screenedAt,
            Findings = [.. result.Findings.Select(InvitationFinding.From)],
        };
    }
}
