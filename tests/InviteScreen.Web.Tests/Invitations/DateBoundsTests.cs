using System.Net;
using System.Text.Json;
using InviteScreen.Web.Imports;
using InviteScreen.Web.Tests.Imports;

namespace InviteScreen.Web.Tests.InvitationQueries;

/// <summary>Absurd dates in a filter or an import are the client's error, told plainly, never a 500 or a skewed chart.</summary>
public sealed class DateBoundsTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Theory]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("from=9999-12-31", "from")]
    public async Task Export_DateFilterOutOfRange_Is400NamingTheField(string query, string field)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/invitations/flagged-senders.csv?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=0001-01-01", "from")]
    public async Task Dashboard_DateFilterOutOfRange_ShowsAMessageBesideTheField(string query, string field)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/invitations?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Contains("must be a date from 2000-01-01", page.QuerySelector($"#{field} + .field-error")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1/1/9999, 1:00 PM", "in the future")]
    [InlineData("12/31/99, 1:00 PM", "before 2003")]
    [InlineData("1/1/1970, 1:00 PM", "before 2003")]
    public async Task Import_SentAtBeforeLinkedInOrInTheFuture_IsABadRow(string sentAt, string reason)
    {
        await using var fresh = new InviteScreenAppFactory();
        using var client = fresh.CreateBrowserLikeClient();
        var file = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n"
            + $"Dana Levi,Sam,\"{sentAt}\",Hello there,INCOMING,,\r\n"
            + "Chen Wei,Sam,\"1/29/26, 2:37 PM\",Hello again,INCOMING,,\r\n";

        var job = await ImportClient.ImportAsync(client, file);

        Assert.Equal((ImportStatus.Completed, 1, 1), (job.Status, job.Imported, job.BadRows));
        var bad = Assert.Single(job.BadRowList);
        Assert.Equal(2, bad.LineNumber);
        Assert.Contains(reason, bad.Reason, StringComparison.Ordinal);
    }
}
