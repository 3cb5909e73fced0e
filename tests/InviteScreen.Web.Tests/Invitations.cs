using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests;

/// <summary>Invitations the tests reuse: one clearly generic, one clearly personal.</summary>
internal static class Invitations
{
    public static InvitationInput Generic(string name = "Dana Whitfield", string? profileUrl = null) => new()
    {
        SenderName = name,
        Headline = "Business Development Manager",
        ProfileUrl = profileUrl,
        Message = "Hi, I came across your profile and would love to connect to explore synergies and mutually beneficial opportunities",
    };

    public static InvitationInput Personal(string name = "Lena Park") => new()
    {
        SenderName = name,
        Headline = "Staff Engineer",
        Message = "Hi Sam, thanks for the talk on SQLite WAL at NDC Oslo yesterday - the checkpoint demo fixed a bug we chased for weeks",
    };
}
