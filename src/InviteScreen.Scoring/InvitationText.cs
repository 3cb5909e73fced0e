namespace InviteScreen.Scoring;

/// <summary>The parts of an invitation the scorer reads; any part may be missing.</summary>
public sealed record InvitationText(string? SenderName, string? Headline, string? Message)
{
    public string Get(InvitationField field) => field switch
    {
        InvitationField.Message => Message ?? "",
        InvitationField.Headline => Headline ?? "",
        _ => SenderName ?? "",
    };
}

public enum InvitationField
{
    Message,
    Headline,
    SenderName,
}
