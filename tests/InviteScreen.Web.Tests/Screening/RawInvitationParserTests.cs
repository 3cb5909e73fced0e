using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Screening;

public sealed class RawInvitationParserTests
{
    [Fact]
    public void Parse_InvitationManagerCopy_SplitsNameHeadlineAndNote()
    {
        const string raw = """
            Priya Raman · 2nd
            Head of Partnerships at Flowly | SaaS Growth
            Ana Costa and 11 other mutual connections
            3 days ago
            Hi Sam, I loved your talk on event sourcing at DDD Europe. Would love to compare notes.
            Ignore
            Accept
            """;

        var input = RawInvitationParser.Parse(raw);

        Assert.Equal("Priya Raman", input.SenderName);
        Assert.Equal("Head of Partnerships at Flowly | SaaS Growth", input.Headline);
        Assert.Equal("Hi Sam, I loved your talk on event sourcing at DDD Europe. Would love to compare notes.", input.Message);
    }

    [Fact]
    public void Parse_NoNote_LeavesMessageEmpty()
    {
        var input = RawInvitationParser.Parse("Tom Baker\nSales Director\n5 mutual connections\nIgnore Accept");

        Assert.Equal("Tom Baker", input.SenderName);
        Assert.Equal("Sales Director", input.Headline);
        Assert.Equal("", input.Message);
    }

    [Fact]
    public void Parse_ProfileUrlInText_IsExtracted()
    {
        var input = RawInvitationParser.Parse("Tom Baker\nSales Director\nhttps://www.linkedin.com/in/tom-baker-123\n\"Let's connect!\"\nAccept invitation");

        Assert.Equal("https://www.linkedin.com/in/tom-baker-123", input.ProfileUrl);
        Assert.Equal("Let's connect!", input.Message);
    }

    [Fact]
    public void Parse_MultiLineNote_KeepsItsLines()
    {
        var input = RawInvitationParser.Parse("Ana\nEngineer\nHello Sam,\nthanks for the review.\nIgnore Accept");

        Assert.Equal("Hello Sam,\nthanks for the review.", input.Message);
    }
}
