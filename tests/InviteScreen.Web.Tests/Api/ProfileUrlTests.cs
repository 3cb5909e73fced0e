using System.Net;
using System.Net.Http.Json;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Api;

/// <summary>A profile URL that only looks like LinkedIn's is refused by the API and dropped by the import.</summary>
public sealed class ProfileUrlTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Theory]
    [InlineData("https://evil.example\uFF0F.linkedin.com/in/x")]
    [InlineData("https://www.linkedin.com/in/x\nSet-Cookie: a=b")]
    [InlineData("http://www.linkedin.com/in/x")]
    public async Task Store_LookAlikeProfileUrl_Is400OnProfileUrlAndStoresNothing(string url)
    {
        using var client = app.CreateClient();
        var before = app.WithDb(db => db.Invitations.Count());

        var response = await client.PostAsJsonAsync("/api/invitations", Invitations.Generic(profileUrl: url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("profileUrl", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, app.WithDb(db => db.Invitations.Count()));
    }
}
