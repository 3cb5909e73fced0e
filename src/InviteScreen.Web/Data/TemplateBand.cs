namespace InviteScreen.Web.Data;

/// <summary>One LSH band key of an invitation's fingerprint: notes sharing a key are template candidates.</summary>
public sealed class TemplateBand
{
    public long Key { get; set; }
    public long InvitationId { get; set; }
}
