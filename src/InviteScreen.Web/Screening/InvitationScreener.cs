using InviteScreen.Scoring;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;

namespace InviteScreen.Web.Screening;

/// <summary>Scores an invitation against the engine and the user's history, and stores the screening in one transaction.</summary>
public sealed class InvitationScreener(GenericnessScorer scorer, InviteScreenDbContext db, TemplateHistory templates, ScreeningWriteGate gate, TimeProvider clock)
{
    /// <summary>Scores the fields exactly as given, so spans index the caller's own text. Stateless: no history.</summary>
    public ScoreResult Score(InvitationInput input) =>
        scorer.Score(new InvitationText(input.SenderName, input.Headline, input.Message));

    public async Task<Invitation> ScreenAndStoreAsync(InvitationInput input, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invitation = await ScreenWithHistoryAsync(input, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invitation;
    }

    /// <summary>The stored form: fields trimmed, then scored with the history, so stored spans index stored text.</summary>
    private async Task<Invitation> ScreenWithHistoryAsync(InvitationInput input, DateTime screenedAt, CancellationToken cancellationToken)
    {
        var profileUrl = string.IsNullOrWhiteSpace(input.ProfileUrl) ? null : input.ProfileUrl.Trim();
        var text = new InvitationText(input.SenderName?.Trim() ?? "", input.Headline?.Trim() ?? "", input.Message?.Trim() ?? "");
        var senderKey = SenderKey.For(text.SenderName, text.Headline, profileUrl);
        var fingerprint = TemplateFingerprint.Compute(text.Message);
        var match = await templates.MatchAsync(fingerprint, senderKey, cancellationToken);
        var result = scorer.Score(text, TemplateHistory.Evidence(match.OtherSenders, match.SameSenderRepeats));

        var invitation = new Invitation
        {
            SenderName = text.SenderName!,
            Headline = text.Headline!,
            ProfileUrl = profileUrl,
            Message = text.Message!,
            SenderKey = senderKey,
            Status = TriageStatus.New,
            ScreenedAt = screenedAt,
            Fingerprint = fingerprint?.SignatureBytes(),
            TemplateGroupId = match.GroupId,
            MassTemplateSenders = match.OtherSenders,
            SameSenderRepeats = match.SameSenderRepeats,
            Findings = [.. result.Findings.Select(InvitationFinding.From)],
        };
        invitation.ApplyScore(result);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await templates.RecordAsync(invitation, fingerprint, match, cancellationToken);
        return invitation;
    }
}
