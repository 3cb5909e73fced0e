using System.Net;
using System.Text.Json;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Templates;

public sealed class TemplatesApiTests
{
    private static readonly Campaign Large = new("Large", Campaign.SentenceLibrary[0], Campaign.SentenceLibrary[1], Campaign.SentenceLibrary[2]);
    private static readonly Campaign Small = new("Small", Campaign.SentenceLibrary[5], Campaign.SentenceLibrary[7], Campaign.SentenceLibrary[8]);

    [Fact]
    public async Task ListAndGet_ReturnGroupsLargestFirstWithCommonTextAndAPageOfMembers()
    {
        await using var app = new InviteScreenAppFactory();
        var large = await StoreCopiesAsync(app, Large, 5);
        await StoreCopiesAsync(app, Small, 3);
        using var client = app.CreateClient();

        using var list = await GetJsonAsync(client, "/api/templates?page=1&pageSize=10");
        using var group = await GetJsonAsync(client, $"/api/templates/{large[0].Id}?pageSize=2&page=2");

        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, list.RootElement.GetProperty("totalCount").GetInt32());
        Assert.Equal([5, 3], items.Select(i => i.GetProperty("senders").GetInt32()));
        Assert.Equal([5, 3], items.Select(i => i.GetProperty("invitations").GetInt32()));
        Assert.Equal(large[0].Id, items[0].GetProperty("id").GetInt64());
        Assert.Contains("streamline their hiring process", items[0].GetProperty("commonText").GetString(), StringComparison.Ordinal);
        Assert.Contains("…", items[0].GetProperty("commonText").GetString(), StringComparison.Ordinal);
        Assert.True(items[0].GetProperty("firstSeen").GetDateTime() <= items[0].GetProperty("lastSeen").GetDateTime());
        var members = group.RootElement.GetProperty("members");
        Assert.Equal(5, members.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, members.GetProperty("items").GetArrayLength());
        Assert.All(members.GetProperty("items").EnumerateArray(), m => Assert.Equal(large[0].Id, m.GetProperty("templateGroupId").GetInt64()));
        Assert.Contains(group.RootElement.GetProperty("gapValues").EnumerateArray(), v => v.GetProperty("copies").GetInt32() >= 2);
    }

    [Fact]
    public async Task Invitation_InAGroup_CarriesItsGroupAndOtherSenders_AndOneInNoGroupNull()
    {
        await using var app = new InviteScreenAppFactory();
        var copies = await StoreCopiesAsync(app, Large, 4);
        var loner = await app.StoreAsync(new InvitationInput { SenderName = "Ada", Message = "Loved your talk on SQLite checkpoints at NDC Oslo yesterday, the WAL part especially." });
        using var client = app.CreateClient();

        using var member = await GetJsonAsync(client, $"/api/invitations/{copies[0].Id}");
        using var single = await GetJsonAsync(client, $"/api/invitations/{loner.Id}");
        using var page = await GetJsonAsync(client, "/api/invitations?pageSize=10");

        Assert.Equal(copies[0].Id, member.RootElement.GetProperty("templateGroupId").GetInt64());
        Assert.Equal(3, member.RootElement.GetProperty("templateSenders").GetInt32());
        Assert.Equal(JsonValueKind.Null, single.RootElement.GetProperty("templateGroupId").ValueKind);
        Assert.Equal(0, single.RootElement.GetProperty("templateSenders").GetInt32());
        Assert.Equal(4, page.RootElement.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("templateSenders").GetInt32() == 3));
        Assert.Equal(3, copies[^1].TemplateSenders);
    }

    [Theory]
    [InlineData("/api/templates?pageSize=0", "pageSize")]
    [InlineData("/api/templates?pageSize=101", "pageSize")]
    [InlineData("/api/templates?page=0", "page")]
    [InlineData("/api/templates?page=abc", "page")]
    [InlineData("/api/templates/1?pageSize=-3", "pageSize")]
    public async Task Get_BadPaging_Returns400NamingTheField(string url, string field)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task Get_UnknownGroup_Returns404Problem()
    {
        await using var app = new InviteScreenAppFactory();
        var loner = await app.StoreAsync(new InvitationInput { SenderName = "Ada", Message = "Loved your talk on SQLite checkpoints at NDC Oslo yesterday, the WAL part especially." });
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/api/templates/{loner.Id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<List<InvitationResponse>> StoreCopiesAsync(InviteScreenAppFactory app, Campaign campaign, int count)
    {
        var stored = new List<InvitationResponse>();
        for (var copy = 0; copy < count; copy++)
        {
            stored.Add(await app.StoreAsync(campaign.Copy(copy)));
        }

        return stored;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
