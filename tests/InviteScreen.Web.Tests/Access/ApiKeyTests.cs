using System.Net;
using System.Net.Http.Json;

namespace InviteScreen.Web.Tests.Access;

public sealed class ApiKeyTests : IAsyncLifetime
{
    private readonly InviteScreenAppFactory app = BeyondLoopback.App();

    [Theory]
    [InlineData("/api/invitations")]
    [InlineData("/invitations/flagged-senders.csv")]
    public async Task Get_WithTheApiKey_IsAnswered(string path)
    {
        using var client = Client(BeyondLoopback.ApiKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Post_WithTheApiKey_StoresTheInvitation()
    {
        using var client = Client(BeyondLoopback.ApiKey);

        var response = await client.PostAsJsonAsync("/api/invitations", Invitations.Generic(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/invitations", null)]
    [InlineData("/api/invitations", "wrong-key-0123456789abcdef")]
    [InlineData("/api/invitations", "")]
    [InlineData("/invitations/flagged-senders.csv", null)]
    [InlineData("/invitations/flagged-senders.csv", "wrong-key-0123456789abcdef")]
    public async Task Get_WithoutOrWithAWrongKey_Returns401ProblemNotARedirect(string path, string? key)
    {
        using var client = Client(key);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_WithAWrongKey_StoresNothing()
    {
        using var client = Client("wrong-key-0123456789abcdef");

        var response = await client.PostAsJsonAsync("/api/invitations", Invitations.Generic(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Invitations.Count()));
    }

    [Fact]
    public async Task Page_WithTheApiKey_StillNeedsSignIn()
    {
        using var client = Client(BeyondLoopback.ApiKey);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/invitations", TestContext.Current.CancellationToken)).StatusCode);
    }

    private HttpClient Client(string? key)
    {
        var client = app.CreateBrowserLikeClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
