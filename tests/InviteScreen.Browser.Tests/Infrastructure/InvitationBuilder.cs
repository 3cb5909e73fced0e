using InviteScreen.Web.Screening;

namespace InviteScreen.Browser.Tests.Infrastructure;

/// <summary>Invitations for seeding; a tag in the headline lets a test find its own rows with the dashboard's search.</summary>
public sealed class InvitationBuilder
{
    public const string GenericNote = "Hi, I came across your profile and would love to connect to explore synergies and mutually beneficial opportunities";

    private string senderName = "Dana Whitfield";
    private string headline = "Business Development Manager at Growthly";
    private string? profileUrl;
    private string message = GenericNote;

    public InvitationBuilder From(string name)
    {
        senderName = name;
        return this;
    }

    public InvitationBuilder WithHeadline(string text)
    {
        headline = text;
        return this;
    }

    public InvitationBuilder WithProfile(string url)
    {
        profileUrl = url;
        return this;
    }

    public InvitationBuilder Saying(string note)
    {
        message = note;
        return this;
    }

    /// <summary>Appends the tag to the headline, where the dashboard's search finds it.</summary>
    public InvitationBuilder Tagged(string tag)
    {
        headline = $"{headline} · {tag}";
        return this;
    }

    public InvitationInput Build() => new() { SenderName = senderName, Headline = headline, ProfileUrl = profileUrl, Message = message };

    /// <summary>A short token unique to one test run, safe inside a LIKE search.</summary>
    public static string NewTag() => "t" + Guid.NewGuid().ToString("N")[..10];
}
