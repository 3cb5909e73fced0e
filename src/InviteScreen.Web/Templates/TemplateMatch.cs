namespace InviteScreen.Web.Templates;

/// <summary>
/// What the history says about a new note: the group it joins (null if none), how many other senders
/// sent it, how often its own sender did, and which stored invitations found a new group with it.
/// </summary>
public sealed record TemplateMatch(long? GroupId, int OtherSenders, int SameSenderRepeats, IReadOnlyList<long> InvitationsToJoin)
{
    public static readonly TemplateMatch None = new(null, 0, 0, []);
}
