using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Screening;

/// <summary>
/// Whole copies of the two shapes LinkedIn gives (the invitation manager's card, the invitation e-mail), written
/// for these tests, with no note, a long note and a note cut off at "…see more".
/// </summary>
public sealed class LinkedInCopyTests
{
    private const string Name = "Priya Raman";
    private const string Headline = "Staff Data Engineer at Northwind Traders";
    private const string ShortNote = "Hi Sam, your talk on SQLite WAL checkpoints at NDC Oslo fixed a bug we had chased for weeks. Could I ask how you sized the WAL?";

    private const string LongNote = """
        Hi Sam,
        I was in the second row at your NDC Oslo talk on SQLite WAL checkpoints last Thursday. The demo where the checkpoint starved the readers was exactly the bug we had been chasing on our ingestion service at Northwind for three weeks.
        We moved to PRAGMA wal_autocheckpoint = 10000 and a nightly TRUNCATE, and the p99 dropped from 900 ms to 40 ms.
        Would you be open to a short exchange on how you sized the WAL for the mobile sync case you mentioned?
        Thanks, Priya
        """;

    private static readonly GenericnessScorer Scorer = new(RuleCatalogue.LoadEmbedded(), new ScoringOptions());

    public static string ManagerCard(string note, string mutual = "Wim de Vries and 11 other mutual connections") => $"""
        {Name}’s profile picture
        {Name}
        · 2nd
        {Headline}
        {mutual}
        Yesterday
        {note}
        Reply to Priya
        Ignore
        Accept
        """;

    public static string Email(string note) => $"""
        {Name} wants to connect
        {Name}
        {Headline}
        Rotterdam, South Holland, Netherlands
        12 mutual connections
        {note}
        Accept
        View profile
        Ignore

        You are receiving Invitation emails.
        This email was intended for Sam Lee (Engineer at Contoso).
        Learn why we included this.
        Unsubscribe | Help
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
        """;

    public static TheoryData<string, string, int> Copies => new()
    {
        { ManagerCard(ShortNote), ShortNote, 12 },
        { ManagerCard(LongNote), LongNote, 12 },
        { ManagerCard(""), "", 12 },
        { Email(ShortNote), ShortNote, 12 },
        { Email($"“{LongNote}”"), LongNote, 12 },
        { Email(""), "", 12 },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void Parse_WholeCopy_ReadsNameHeadlineNoteAndMutualConnections(string raw, string note, int mutual)
    {
        var input = RawInvitationParser.Parse(raw);

        Assert.Equal(Name, input.SenderName);
        Assert.Equal(Headline, input.Headline);
        Assert.Equal(note, input.Message);
        Assert.Equal(mutual, input.MutualConnections);
    }

    [Theory]
    [MemberData(nameof(Copies))]
    public void Parse_WholeCopy_ScoresAsTheNoteAlone(string raw, string note, int mutual)
    {
        _ = mutual;
        var input = RawInvitationParser.Parse(raw);

        var parsed = Scorer.Score(new InvitationText(input.SenderName!, input.Headline!, input.Message!));
        var clean = Scorer.Score(new InvitationText(Name, Headline, note));

        Assert.Equal(clean.Score, parsed.Score);
    }

    [Theory]
    [InlineData("…see more")]
    [InlineData("... see more")]
    [InlineData("…See more")]
    public void Parse_NoteCutOffAtSeeMore_KeepsTheTextBeforeIt(string seeMore)
    {
        var input = RawInvitationParser.Parse(ManagerCard($"Hi Sam, your talk on SQLite WAL checkpoints at NDC Oslo fixed a bug we had chased for{seeMore}"));

        Assert.Equal("Hi Sam, your talk on SQLite WAL checkpoints at NDC Oslo fixed a bug we had chased for", input.Message);
    }

    [Fact]
    public void Parse_SeeMoreOnItsOwnLine_IsDropped()
    {
        var input = RawInvitationParser.Parse(ManagerCard(ShortNote + "\n…see more"));

        Assert.Equal(ShortNote, input.Message);
    }

    [Fact]
    public void Parse_NoteThatTalksAboutMore_KeepsItsWords()
    {
        const string note = "Hi Sam, I would love to hear more. Tell me more";

        Assert.Equal(note, RawInvitationParser.Parse(ManagerCard(note)).Message);
    }

    [Fact]
    public void Parse_NoteLineAboutNotificationSettings_DoesNotEndTheNote()
    {
        const string note = "Hi Sam, your post on notification settings in our app was spot on.\nCould we compare notes on the rollout?";

        Assert.Equal(note, RawInvitationParser.Parse(Email(note)).Message);
    }

    [Theory]
    [InlineData("Reply to me when you can.")]
    [InlineData("Message me when you land in Oslo")]
    public void Parse_NoteLineThatStartsLikeAButton_StaysInTheNote(string line)
    {
        var note = $"Hi Sam, your WAL talk at NDC Oslo helped us a lot.\n{line}";

        Assert.Equal(note, RawInvitationParser.Parse(ManagerCard(note)).Message);
    }

    [Theory]
    [InlineData("Wim de Vries and 11 other mutual connections", 12)]
    [InlineData("Wim de Vries is a mutual connection", 1)]
    [InlineData("Wim de Vries and Ana Costa are mutual connections", 2)]
    [InlineData("1 mutual connection", 1)]
    [InlineData("1,204 mutual connections", 1204)]
    public void Parse_MutualConnectionLine_IsCounted(string line, int count)
    {
        var input = RawInvitationParser.Parse(ManagerCard(ShortNote, line));

        Assert.Equal(count, input.MutualConnections);
        Assert.Equal(ShortNote, input.Message);
    }

    [Fact]
    public void Parse_EmailWithTheNoteAboveTheCard_KeepsTheNoteAndTheCard()
    {
        var raw = $"""
            {Name} wants to connect with you
            {ShortNote}
            {Name}
            {Headline}
            Greater Rotterdam Area
            Accept
            View profile
            Unsubscribe
            """;

        var input = RawInvitationParser.Parse(raw);

        Assert.Equal((Name, Headline, ShortNote), (input.SenderName, input.Headline, input.Message));
        Assert.Null(input.MutualConnections);
    }
}
