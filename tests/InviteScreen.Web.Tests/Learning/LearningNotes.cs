using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Learning;

/// <summary>
/// A campaign the shipped engine does not know (a members' club that writes like a person) and personal notes,
/// written for these tests: what a user would teach the score.
/// </summary>
internal static class LearningNotes
{
    private static readonly string[] Names = ["Ana", "Bram", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines"];

    public static InvitationInput ClubNote(int i) => new()
    {
        SenderName = $"Marta Club{i}",
        Headline = "Community lead",
        Message = $"Hey {Names[i % Names.Length]}! Every Thursday a handful of operators trade war stories over tapas in our members' lounge. The wine is decent and the stories are better. Pull up a chair?",
    };

    /// <summary>Mass outreach of several kinds, each in its own words, so no two make a template.</summary>
    private static readonly string[] OutreachNotes =
    [
        "Hope you're well. Would be great to connect.",
        "Hi, I'd love to add you to my professional circle.",
        "Let's connect and explore synergies between our companies.",
        "Following your work for a while, would love to connect.",
        "I help SaaS founders double their pipeline. Open to a quick 15-minute call?",
        "Always keen to grow my network with like-minded professionals!",
        "We are hiring remote Java developers, send me your CV if interested.",
        "Our new AI bootcamp starts Monday, enrol today with code LINK20.",
        "Looking for new opportunities in marketing, any referral is appreciated.",
        "Mutually beneficial opportunities await, let's have a chat.",
        "Dear Sir, I came across your profile and would like to introduce our outsourcing services.",
        "Connecting with leaders in your industry to share insights and ideas.",
        "Quick question: are you the right person to talk to about cloud cost savings?",
    ];

    public static InvitationInput OutreachNote(int i) => new()
    {
        SenderName = $"Sender {i}",
        Headline = "Business Development",
        Message = OutreachNotes[i % OutreachNotes.Length],
    };

    public static InvitationInput PersonalNote(int i) => new()
    {
        SenderName = $"Colleague {i}",
        Headline = "Engineer",
        Message = i switch
        {
            0 => "Sam, it was good pairing with you on the flaky ledger test yesterday. Sending the trace I promised.",
            1 => "Thanks for walking me through your Terraform module after standup; the drift check saved my afternoon.",
            2 => "Loved your answer to my question about WAL checkpoints at the Lisbon meetup. Mind if I follow up by mail?",
            3 => "Marta said you rebuilt the billing export at Fenwick; could I ask how you batched it?",
            4 => "We sat together on Tuesday's panel, here is the paper on retry budgets I mentioned.",
            5 => "Great to finally meet at Jonas's farewell. Let's keep the chess game going.",
            6 => "You reviewed my parser pull request last week; the fix for quoted commas is in now.",
            _ => "Met you at the climbing gym on Sunday; you mentioned the route-setting course in Ghent.",
        },
    };
}
