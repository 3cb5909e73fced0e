using System.Net;
using System.Text;
using System.Text.Json;

namespace InviteScreen.Web.Tests.Api;

public sealed class BadInputTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Theory]
    [InlineData("/api/invitations", "{\"senderName\": ", "senderName")]
    [InlineData("/api/invitations", "{\"senderName\" \"x\"}", "body")]
    [InlineData("/api/invitations", "{\"senderName\": 42, \"message\": \"hi\"}", "senderName")]
    [InlineData("/api/invitations", "{\"message\": [\"hi\"]}", "message")]
    [InlineData("/api/score", "{\"headline\": {\"a\": 1}}", "headline")]
    [InlineData("/api/score", "[]", "body")]
    [InlineData("/api/score", "", "body")]
    public async Task Post_MalformedOrWrongTypedJson_Returns400NamingTheField(string path, string body, string field)
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        await AssertValidationProblemAsync(response, field);
    }

    [Theory]
    [InlineData("/api/invitations?verdict=bogus", "verdict")]
    [InlineData("/api/invitations?page=abc", "page")]
    [InlineData("/api/invitations?flagged=maybe", "flagged")]
    [InlineData("/invitations/flagged-senders.csv?status=bogus", "status")]
    [InlineData("/invitations/flagged-senders.csv?from=yesterday", "from")]
    [InlineData("/invitations/flagged-senders.csv?sort=sideways", "sort")]
    [InlineData("/invitations/flagged-senders.csv?status=7", "status")]
    [InlineData("/invitations/flagged-senders.csv?verdict=-1", "verdict")]
    [InlineData("/invitations/flagged-senders.csv?sort=42", "sort")]
    public async Task Get_UnknownEnumOrWrongTypedQueryValue_Returns400NamingTheField(string url, string field)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        await AssertValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Post_RejectedJson_StoresNothing()
    {
        using var client = app.CreateClient();
        var before = app.WithDb(db => db.Invitations.Count());

        await client.PostAsync("/api/invitations", new StringContent("{\"senderName\":\"Ada\",\"message\":7}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(before, app.WithDb(db => db.Invitations.Count()));
    }

    private static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("requestId").GetString()));
    }
}
