using InviteScreen.Web.Imports;

namespace InviteScreen.Web.Tests.Imports;

public sealed class InvitationsCsvTests
{
    private const string Current = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";
    private const string Older = "From,To,Sent At,Message,Direction\n";

    private static List<InvitationsCsvRecord> Read(string text) => [.. InvitationsCsv.Read(new StringReader(text), DateTime.MaxValue)];

    [Fact]
    public void Read_CurrentHeader_ReadsRowWithSentAtAndProfileUrl()
    {
        var records = Read(Current + "Ana Novak,Me,\"1/29/26, 2:37 PM\",Loved your talk,INCOMING,https://www.linkedin.com/in/ana-novak,https://www.linkedin.com/in/me\n");

        var row = Assert.IsType<InvitationsCsvRow>(Assert.Single(records).Row);
        Assert.Equal("Ana Novak", row.From);
        Assert.Equal(new DateTime(2026, 1, 29, 14, 37, 0), row.SentAt);
        Assert.Equal(InvitationDirection.Incoming, row.Direction);
        Assert.Equal("https://www.linkedin.com/in/ana-novak", row.InviterProfileUrl);
    }

    [Fact]
    public void Read_OlderHeader_ReadsRowWithoutProfileUrl()
    {
        var row = Assert.IsType<InvitationsCsvRow>(Assert.Single(Read(Older + "Ana Novak,Me,\"12/3/22, 9:05 AM\",,OUTGOING\n")).Row);

        Assert.Equal(new DateTime(2022, 12, 3, 9, 5, 0), row.SentAt);
        Assert.Equal(InvitationDirection.Outgoing, row.Direction);
        Assert.Empty(row.Message);
        Assert.Null(row.InviterProfileUrl);
    }

    [Fact]
    public void Read_QuotedMultiLineMessage_KeepsCommasAndNewlinesAndCountsLinesOfLaterRows()
    {
        var records = Read(Older
            + "Ana Novak,Me,\"1/29/26, 2:37 PM\",\"Hi, we met\nat NDC, remember?\",INCOMING\n"
            + "Ben Okafor,Me,not a date,Hello,INCOMING\n");

        Assert.Equal("Hi, we met\nat NDC, remember?", records[0].Row?.Message);
        Assert.Equal(4, records[1].LineNumber);
        Assert.Contains("Sent At", records[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankLinesBetweenRows_LineNumbersStillPointAtTheRow()
    {
        var records = Read(Older + "Ana,Me,\"1/29/26, 2:37 PM\",\"two\nlines\",INCOMING\n\n\nBen,Me,never,Hi,INCOMING\n");

        Assert.Equal(6, records[1].LineNumber);
    }

    [Theory]
    [InlineData("Ana,Me,\"1/29/26, 2:37 PM\",Hi,INCOMING,extra", "Expected 5 columns, found 6.")]
    [InlineData("Ana,Me,\"1/29/26, 2:37 PM\",Hi", "Expected 5 columns, found 4.")]
    [InlineData("Ana,Me,yesterday,Hi,INCOMING", "Sent At \"yesterday\" is not a date like 1/29/26, 2:37 PM.")]
    [InlineData("Ana,Me,\"13/45/26, 2:37 PM\",Hi,INCOMING", "Sent At \"13/45/26, 2:37 PM\" is not a date like 1/29/26, 2:37 PM.")]
    [InlineData("Ana,Me,\"1/29/26, 2:37 PM\",Hi,SIDEWAYS", "Direction \"SIDEWAYS\" is neither INCOMING nor OUTGOING.")]
    [InlineData(",Me,\"1/29/26, 2:37 PM\",,INCOMING", "Neither a sender (From) nor a message.")]
    public void Read_BadRow_GivesReasonAndLineNumber(string line, string reason)
    {
        var records = Read(Older + "Ana,Me,\"1/29/26, 2:37 PM\",Hi,INCOMING\n" + line + "\n");

        Assert.NotNull(records[0].Row);
        Assert.Equal(InvitationsCsvRecord.Bad(3, reason), records[1]);
    }

    [Theory]
    [InlineData(201, 1, "From is longer than 200 characters.")]
    [InlineData(5, 8001, "Message is longer than 8000 characters.")]
    public void Read_OverLongField_IsBadRow(int fromLength, int messageLength, string reason)
    {
        var record = Assert.Single(Read(Older + $"{new string('a', fromLength)},Me,\"1/29/26, 2:37 PM\",{new string('m', messageLength)},INCOMING\n"));

        Assert.Equal(InvitationsCsvRecord.Bad(2, reason), record);
    }

    [Fact]
    public void Read_NarrowNoBreakSpaceBeforePm_ParsesDate()
    {
        var row = Assert.Single(Read(Older + "Ana,Me,\"1/29/26, 2:37\u202FPM\",Hi,INCOMING\n")).Row;

        Assert.Equal(new DateTime(2026, 1, 29, 14, 37, 0), row?.SentAt);
    }

    [Theory]
    [InlineData("First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Novak,,,,,\n")]
    [InlineData("")]
    [InlineData("\u0000\u0001PK\u0003\u0004binary\u0000stuff")]
    [InlineData("{\"from\": \"Ana\"}")]
    public void Read_NotInvitationsCsv_ThrowsClearError(string text)
    {
        var error = Assert.Throws<NotInvitationsCsvException>(() => Read(text));

        Assert.Contains("not LinkedIn's Invitations.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderWithByteOrderMarkAndOtherCase_IsAccepted()
    {
        Assert.NotNull(Assert.Single(Read("\uFEFFfrom,to,sent at,message,direction\nAna,Me,\"1/29/26, 2:37 PM\",Hi,incoming\n")).Row);
    }

    [Theory]
    [InlineData("Dana Levi,Me,\"1/29/26, 2:37 PM\",\"Hello there,INCOMING")]
    [InlineData("\"Dana Levi,Me,\"1/29/26, 2:37 PM\",Hello,INCOMING")]
    [InlineData("Dana Levi,Me,\"1/29/26, 2:37 PM,Hello,INCOMING")]
    public void Read_UnbalancedQuote_IsABadRowAndNeverSwallowsTheNextRows(string unbalanced)
    {
        var records = Read(Older
            + "Ana Novak,Me,\"1/29/26, 2:30 PM\",\"Hi, we met\nat NDC, remember?\",INCOMING\n"
            + unbalanced + "\n"
            + "Chen Wei,Me,\"1/29/26, 2:38 PM\",Hi,INCOMING\n"
            + "Ben Okafor,Me,\"1/29/26, 2:39 PM\",\"Hello, again\",INCOMING\n");

        Assert.Equal([2, 4, 5, 6], records.Select(r => r.LineNumber));
        Assert.Equal(["Ana Novak", null, "Chen Wei", "Ben Okafor"], records.Select(r => r.Row?.From));
        Assert.StartsWith("Malformed quoting", records[1].Problem, StringComparison.Ordinal);
        Assert.Equal("Hi, we met\nat NDC, remember?", records[0].Row!.Message);
    }

    [Fact]
    public void Read_UnbalancedQuoteOnTheLastRow_IsABadRow()
    {
        var records = Read(Older + "Chen Wei,Me,\"1/29/26, 2:38 PM\",Hi,INCOMING\nDana Levi,Me,\"1/29/26, 2:37 PM\",\"Hello there,INCOMING\n");

        Assert.Equal(["Chen Wei", null], records.Select(r => r.Row?.From));
        Assert.Equal(3, records[1].LineNumber);
    }
}
