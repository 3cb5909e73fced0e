using System.Net;

namespace InviteScreen.Web.Tests.Pages;

public sealed class ScreenPageTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Post_ValidForm_StoresAndRedirectsToDetails()
    {
        using var client = app.CreateBrowserLikeClient();
        var name = "Form Sender " + Guid.NewGuid().ToString("N")[..6];

        var response = await Forms.PostAsync(client, "/", "/", new Dictionary<string, string>
        {
            ["Input.SenderName"] = name,
            ["Input.Headline"] = "Business Development Manager",
            ["Input.Message"] = Invitations.Generic().Message!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = app.WithDb(db => db.Invitations.Single(i => i.SenderName == name));
        Assert.Equal($"/invitations/{stored.Id}", response.Headers.Location?.OriginalString);
        var details = await Forms.ParseAsync(await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken));
        Assert.Equal(stored.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), details.QuerySelector("[data-testid=score]")?.TextContent);
        Assert.Contains(details.QuerySelectorAll("mark.finding"), mark => mark.TextContent.StartsWith("synergies", StringComparison.Ordinal));
        Assert.NotEmpty(details.QuerySelectorAll("table.breakdown tbody tr"));
    }

    [Fact]
    public async Task Post_InvalidProfileUrl_KeepsTypedTextAndShowsErrorBesideField()
    {
        using var client = app.CreateBrowserLikeClient();
        var before = app.WithDb(db => db.Invitations.Count());

        var response = await Forms.PostAsync(client, "/", "/", new Dictionary<string, string>
        {
            ["Input.SenderName"] = "Typed Name",
            ["Input.ProfileUrl"] = "not a url",
            ["Input.Message"] = "My typed message",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Equal("My typed message", page.QuerySelector("textarea#Input_Message")?.TextContent.Trim());
        Assert.Equal("Typed Name", page.QuerySelector("input#Input_SenderName")?.GetAttribute("value"));
        Assert.Contains("LinkedIn profile", page.QuerySelector("#url-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, app.WithDb(db => db.Invitations.Count()));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = app.CreateBrowserLikeClient();

        var response = await client.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Message"] = "x" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostSplit_RawLinkedInText_FillsFieldsForCorrection()
    {
        using var client = app.CreateBrowserLikeClient();
        const string raw = "Dana Whitfield\nBusiness Development Manager at Growthly\n12 mutual connections\nHi, I came across your profile and would love to connect.\nIgnore Accept";

        var response = await Forms.PostAsync(client, "/", "/?handler=Split", new Dictionary<string, string> { ["Raw"] = raw });

        var page = await Forms.ParseAsync(response);
        Assert.Equal("Dana Whitfield", page.QuerySelector("input#Input_SenderName")?.GetAttribute("value"));
        Assert.Equal("Business Development Manager at Growthly", page.QuerySelector("input#Input_Headline")?.GetAttribute("value"));
        Assert.Equal("Hi, I came across your profile and would love to connect.", page.QuerySelector("textarea#Input_Message")?.TextContent.Trim());
        Assert.Equal("12", page.QuerySelector("input#Input_MutualConnections")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_WithMutualConnections_StoresAndShowsThemOnDetailsAndInTheApi()
    {
        using var client = app.CreateBrowserLikeClient();
        var name = "Mutual Sender " + Guid.NewGuid().ToString("N")[..6];

        var response = await Forms.PostAsync(client, "/", "/", new Dictionary<string, string>
        {
            ["Input.SenderName"] = name,
            ["Input.Message"] = Invitations.Personal().Message!,
            ["Input.MutualConnections"] = "12",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await Forms.ParseAsync(await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken));
        Assert.Equal("12", details.QuerySelector("[data-testid=mutual-connections]")?.TextContent);
        var id = app.WithDb(db => db.Invitations.Single(i => i.SenderName == name).Id);
        using var json = System.Text.Json.JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/api/invitations/{id}", TestContext.Current.CancellationToken));
        Assert.Equal(12, json.RootElement.GetProperty("mutualConnections").GetInt32());
    }

    [Fact]
    public async Task Post_NegativeMutualConnections_ShowsErrorBesideFieldAndStoresNothing()
    {
        using var client = app.CreateBrowserLikeClient();
        var before = app.WithDb(db => db.Invitations.Count());

        var response = await Forms.PostAsync(client, "/", "/", new Dictionary<string, string>
        {
            ["Input.SenderName"] = "Typed Name",
            ["Input.MutualConnections"] = "-3",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Contains("Mutual connections", page.QuerySelector("#mutual-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, app.WithDb(db => db.Invitations.Count()));
    }
}
