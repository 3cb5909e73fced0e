using System.Net;
using System.Net.Http.Headers;

namespace InviteScreen.Web.Tests.Hosting;

/// <summary>An unknown address is a page for a browser and ProblemDetails for the API, never raw JSON in a browser tab.</summary>
public sealed class NotFoundPageTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/invitations/987654321")]
    [InlineData("/no-such-page")]
    public async Task Browser_UnknownPageOrInvitation_GetsAnHtml404Page(string path)
    {
        using var client = BrowserClient();

        var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Browser_TrashedInvitationsPage_GetsTheHtml404PagePointingToTheTrash()
    {
        var trashed = await app.StoreAsync(Invitations.Generic("Gone Sender"));
        using var client = BrowserClient();
        await client.DeleteAsync($"/api/invitations/{trashed.Id}", Cancel);

        var response = await client.GetAsync($"/invitations/{trashed.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("main a[href='/invitations?status=trashed']"));
    }

    [Fact]
    public async Task Api_UnknownInvitation_GetsProblemDetailsEvenFromABrowser()
    {
        using var client = BrowserClient();

        var response = await client.GetAsync("/api/invitations/987654321", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NonBrowserClient_UnknownPage_GetsProblemDetails()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/no-such-page", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private HttpClient BrowserClient()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }
}
