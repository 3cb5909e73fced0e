namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// A labelled note as the fit sees it. <see cref="Group"/> keeps related notes in one fold (a corpus file, an inbox,
/// a tool, a sender). <see cref="Measured"/> notes are the ones the threshold is chosen on and that together weigh
/// as much as the rest: the real notes, or a user's own decisions.
/// </summary>
public sealed record FitNote(InvitationText Text, bool Generic, string Group, bool Measured)
{
    public string Message => Text.Message ?? "";
}
