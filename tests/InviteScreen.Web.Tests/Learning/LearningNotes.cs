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

    public static InvitationInput PersonalNote(int i) => new()
    {
        SenderName = $"Colleague {i}",
        Headline = "Engineer",
        Message = i switch
        {
            0 => "Sam, it was good pairing with you on the flaky ledger test yesterday. Sending the trace I promised.",
            1 => "Thanks for walking me through your Terraform module after standup; the drift check saved my afternoon.",
            _ => "Loved your answer to my question about WAL checkpoints at the Lisbon meetup. Mind if I follow up by mail?",
        },
    };
}
