using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tests.Api;

/// <summary>PATCH, DELETE and restore on /api/invitations/{id}, and the trash listed by status=trashed.</summary>
public sealed class TriageApiTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("accepted", "accepted")]
    [InlineData("Ignored", "ignored")]
    [InlineData("REPORTED", "reported")]
    [InlineData("new", "new")]
    public async Task Patch_KnownStatus_Returns200WithTheInvitationInItsNewStatus(string sent, string expected)
    {
        var stored = await app.StoreAsync(Invitations.Generic("Patched Sender"));
        using var client = app.CreateClient();

        var response = await client.PatchAsJsonAsync($"/api/invitations/{stored.Id}", new { status = sent }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(stored.Id, body.RootElement.GetProperty("id").GetInt64());
        Assert.Equal(expected, body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.TryGetProperty("findings", out _));
        using var fetched = JsonDocument.Parse(await client.GetStringAsync($"/api/invitations/{stored.Id}", Cancel));
        Assert.Equal(expected, fetched.RootElement.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("{\"status\":\"spam\"}")]
    [InlineData("{\"status\":\"1\"}")]
    [InlineData("{\"status\":\"trashed\"}")]
    [InlineData("{}")]
    public async Task Patch_UnknownStatus_Returns400NamingStatusAndChangesNothing(string json)
    {
        var stored = await app.StoreAsync(Invitations.Generic("Unchanged Sender"));
        using var client = app.CreateClient();

        var response = await client.PatchAsync($"/api/invitations/{stored.Id}", new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(TriageStatus.New, app.WithDb(db => db.Invitations.Single(i => i.Id == stored.Id).Status));
    }

    [Fact]
    public async Task Patch_UnknownId_Returns404ProblemDetails()
    {
        using var client = app.CreateClient();

        var response = await client.PatchAsJsonAsync("/api/invitations/987654321", new { status = "accepted" }, Cancel);

        await AssertNotFoundProblemAsync(response);
    }

    [Fact]
    public async Task Delete_MovesToTheTrash_HiddenFromGetAndListButListedByStatusTrashed()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var stored = await app.StoreAsync(Invitations.Generic($"Trashed {marker}"));
        using var client = app.CreateClient();

        var response = await client.DeleteAsync($"/api/invitations/{stored.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await AssertNotFoundProblemAsync(await client.GetAsync($"/api/invitations/{stored.Id}", Cancel));
        Assert.DoesNotContain(stored.Id, await ListedIdsAsync(client, $"q={marker}"));
        using var trash = JsonDocument.Parse(await client.GetStringAsync($"/api/invitations?status=trashed&q={marker}", Cancel));
        var item = Assert.Single(trash.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(stored.Id, item.GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.String, item.GetProperty("deletedAt").ValueKind);
    }

    [Fact]
    public async Task Delete_UnknownOrAlreadyTrashed_Returns404()
    {
        var stored = await app.StoreAsync(Invitations.Generic("Twice Deleted"));
        using var client = app.CreateClient();
        await client.DeleteAsync($"/api/invitations/{stored.Id}", Cancel);

        await AssertNotFoundProblemAsync(await client.DeleteAsync($"/api/invitations/{stored.Id}", Cancel));
        await AssertNotFoundProblemAsync(await client.DeleteAsync("/api/invitations/987654321", Cancel));
    }

    [Fact]
    public async Task Restore_TrashedInvitation_Returns200AndItIsLiveAgain()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var stored = await app.StoreAsync(Invitations.Generic($"Restored {marker}"));
        using var client = app.CreateClient();
        await client.DeleteAsync($"/api/invitations/{stored.Id}", Cancel);

        var response = await client.PostAsync($"/api/invitations/{stored.Id}/restore", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(stored.Id, body.RootElement.GetProperty("id").GetInt64());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("deletedAt").ValueKind);
        Assert.Contains(stored.Id, await ListedIdsAsync(client, $"q={marker}"));
    }

    [Fact]
    public async Task Restore_InvitationNotInTheTrash_Returns404()
    {
        var live = await app.StoreAsync(Invitations.Generic("Never Trashed"));
        using var client = app.CreateClient();

        await AssertNotFoundProblemAsync(await client.PostAsync($"/api/invitations/{live.Id}/restore", null, Cancel));
        await AssertNotFoundProblemAsync(await client.PostAsync("/api/invitations/987654321/restore", null, Cancel));
    }

    [Fact]
    public async Task Get_SentAt_IsAnIsoDateTimeWhenKnownAndNullWhenPasted()
    {
        var pasted = await app.StoreAsync(Invitations.Generic("Pasted Sender"));
        var imported = await app.StoreAsync(Invitations.Generic("Imported Sender"));
        var sent = new DateTime(2026, 1, 29, 14, 37, 0, DateTimeKind.Utc);
        await app.WithDbAsync(db => db.Invitations.Where(i => i.Id == imported.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.SentAt, sent), Cancel));
        using var client = app.CreateClient();

        using var pastedJson = JsonDocument.Parse(await client.GetStringAsync($"/api/invitations/{pasted.Id}", Cancel));
        using var importedJson = JsonDocument.Parse(await client.GetStringAsync($"/api/invitations/{imported.Id}", Cancel));

        Assert.Equal(JsonValueKind.Null, pastedJson.RootElement.GetProperty("sentAt").ValueKind);
        Assert.Equal("2026-01-29T14:37:00Z", importedJson.RootElement.GetProperty("sentAt").GetString());
    }

    private static async Task<List<long>> ListedIdsAsync(HttpClient client, string query)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync($"/api/invitations?{query}&pageSize=100", Cancel));
        return [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
    }

    private static async Task AssertNotFoundProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }
}
