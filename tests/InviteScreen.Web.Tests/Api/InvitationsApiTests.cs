using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InviteScreen.Scoring;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Api;

public sealed class InvitationsApiTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Create_ValidInvitation_Returns201WithLocationAndStoresIt()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/invitations", Invitations.Generic("Created Sender"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<InvitationResponse>(Json.Options, TestContext.Current.CancellationToken))!;
        Assert.Equal($"/api/invitations/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(Verdict.Generic, created.Verdict);
        Assert.NotEmpty(created.Findings);
        Assert.Equal(DateTimeKind.Utc, created.ScreenedAt.Kind);
        Assert.Equal("Created Sender", app.WithDb(db => db.Invitations.Single(i => i.Id == created.Id).SenderName));
    }

    [Fact]
    public async Task Create_WithAndWithoutMutualConnections_ReturnsTheCountOrNull()
    {
        using var client = app.CreateClient();

        var counted = await client.PostAsJsonAsync("/api/invitations", Invitations.Personal("Counted Sender") with { MutualConnections = 7 }, TestContext.Current.CancellationToken);
        var unknown = await client.PostAsJsonAsync("/api/invitations", Invitations.Personal("Uncounted Sender"), TestContext.Current.CancellationToken);

        using var countedJson = JsonDocument.Parse(await counted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var unknownJson = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(7, countedJson.RootElement.GetProperty("mutualConnections").GetInt32());
        Assert.Equal(JsonValueKind.Null, unknownJson.RootElement.GetProperty("mutualConnections").ValueKind);
    }

    [Fact]
    public async Task List_PageFarPastTheEnd_ReturnsAnEmptyPageNotAnOverflow()
    {
        using var client = app.CreateClient();
        await app.StoreAsync(Invitations.Generic("Paged Sender"));

        using var page = JsonDocument.Parse(await client.GetStringAsync($"/api/invitations?page={int.MaxValue}&pageSize=100", TestContext.Current.CancellationToken));

        Assert.Equal(0, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(InviteScreen.Web.Invitations.InvitationFilter.MaxPage, page.RootElement.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Get_StoredInvitation_ReturnsItWithFindings()
    {
        var stored = await app.StoreAsync(Invitations.Personal("Fetched Sender"));
        using var client = app.CreateClient();

        var fetched = await client.GetFromJsonAsync<InvitationResponse>($"/api/invitations/{stored.Id}", Json.Options, TestContext.Current.CancellationToken);

        Assert.Equal(stored.Id, fetched!.Id);
        Assert.Equal(stored.Score, fetched.Score);
        Assert.Equal(stored.Findings.Count, fetched.Findings.Count);
        Assert.All(fetched.Findings, f => Assert.Equal(f.Text, f.Length == 0 ? "" : fetched.Message.Substring(f.Start, f.Length)) );
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/invitations/987654321", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_FilteredByFlaggedAndQuery_ReturnsMatchingPage()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await app.StoreAsync(Invitations.Generic($"Generic {marker}"));
        await app.StoreAsync(Invitations.Personal($"Personal {marker}"));
        using var client = app.CreateClient();

        var json = await client.GetStringAsync($"/api/invitations?flagged=true&verdict=generic&q={marker}&page=1&pageSize=10", TestContext.Current.CancellationToken);

        using var page = JsonDocument.Parse(json);
        Assert.Equal(1, page.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, page.RootElement.GetProperty("page").GetInt32());
        Assert.Equal(10, page.RootElement.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(page.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal($"Generic {marker}", item.GetProperty("senderName").GetString());
    }

    [Fact]
    public async Task Create_InvalidInput_Returns400AndStoresNothing()
    {
        using var client = app.CreateClient();
        var before = app.WithDb(db => db.Invitations.Count());

        var response = await client.PostAsJsonAsync("/api/invitations", new InvitationInput { Message = new string('x', 8001) }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, app.WithDb(db => db.Invitations.Count()));
    }

    [Fact]
    public async Task List_UnknownVerdict_Returns400Problem()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/invitations?verdict=spammy", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_WhenDatabaseAnswers_Returns200()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentIsServed()
    {
        using var client = app.CreateClient();

        var json = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("/api/score", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_ListsTheFiltersOfTheListAndTheExport()
    {
        using var client = app.CreateClient();

        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        foreach (var path in new[] { "/api/invitations", "/invitations/flagged-senders.csv" })
        {
            var names = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
                .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Contains("verdict", names);
            Assert.Contains("sentFrom", names);
            Assert.Contains("pageSize", names);
        }
    }
}
