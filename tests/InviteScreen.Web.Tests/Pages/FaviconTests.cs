using System.Net;

namespace InviteScreen.Web.Tests.Pages;

public sealed class FaviconTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Layout_LinksAnSvgFaviconThatIsServed()
    {
        using var client = app.CreateBrowserLikeClient();

        var page = await Forms.ParseAsync(await client.GetAsync("/", TestContext.Current.CancellationToken));
        var href = page.QuerySelector("link[rel=icon]")?.GetAttribute("href");
        var icon = await client.GetAsync(href, TestContext.Current.CancellationToken);

        Assert.Equal("/favicon.svg", href);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }
}
