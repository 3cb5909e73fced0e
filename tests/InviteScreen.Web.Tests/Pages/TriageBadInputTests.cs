using System.Net;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Tests.Pages;

public sealed class TriageBadInputTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Theory]
    [InlineData("Bogus")]
    [InlineData("7")]
    public async Task PostTriage_UnknownAction_ChangesNothing(string action)
    {
        var invitation = await app.StoreAsync(Invitations.Generic("Unknown Action"));
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/invitations", "/invitations?handler=Row&id=" + invitation.Id,
            new Dictionary<string, string> { ["action"] = action });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TriageStatus.New, app.WithDb(db => db.Invitations.Single(i => i.Id == invitation.Id).Status));
    }

    [Fact]
    public async Task PostTriage_ReturnQueryWithLineBreaks_RedirectsToTheDashboardOnly()
    {
        var invitation = await app.StoreAsync(Invitations.Generic("Header Injection"));
        using var client = app.CreateBrowserLikeClient();

        var response = await Forms.PostAsync(client, "/invitations", "/invitations?handler=Row&id=" + invitation.Id,
            new Dictionary<string, string> { ["action"] = "Ignore", ["returnQuery"] = "?q=a\r\nSet-Cookie: x=y" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/invitations?q=", location, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', location);
        Assert.DoesNotContain('\r', location);
    }
}
