using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InviteScreen.Web.Tests.Api;

public sealed class ScoreApiTests(InviteScreenAppFactory app) : IClassFixture<InviteScreenAppFactory>
{
    [Fact]
    public async Task Score_GenericInvitation_ReturnsFlaggedResultWithSpans()
    {
        using var client = app.CreateClient();
        var input = Invitations.Generic();

        var response = await client.PostAsJsonAsync("/api/score", input, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = body.RootElement;
        Assert.True(root.GetProperty("score").GetInt32() >= 75);
        Assert.Equal("generic", root.GetProperty("verdict").GetString());
        Assert.True(root.GetProperty("flagged").GetBoolean());
        Assert.Equal(60, root.GetProperty("threshold").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("text").GetString() == "synergies");
        Assert.Contains(findings, f => f.GetProperty("text").GetString() == "mutually beneficial opportunities");
        Assert.Contains(findings, f => f.GetProperty("field").GetString() == "headline");
        foreach (var finding in findings)
        {
            var field = finding.GetProperty("field").GetString() switch
            {
                "message" => input.Message!,
                "headline" => input.Headline!,
                _ => input.SenderName!,
            };
            var text = finding.GetProperty("text").GetString();
            Assert.Equal(text, field.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32()));
            Assert.False(string.IsNullOrEmpty(finding.GetProperty("ruleId").GetString()));
            Assert.False(string.IsNullOrEmpty(finding.GetProperty("explanation").GetString()));
        }
    }

    [Fact]
    public async Task Score_PersonalInvitation_IsClearlyBelowThreshold()
    {
        using var client = app.CreateClient();

        var result = await client.PostAsJsonAsync("/api/score", Invitations.Personal(), TestContext.Current.CancellationToken);

        using var body = JsonDocument.Parse(await result.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(body.RootElement.GetProperty("score").GetInt32() < 30);
        Assert.Equal("personal", body.RootElement.GetProperty("verdict").GetString());
        Assert.False(body.RootElement.GetProperty("flagged").GetBoolean());
    }

    [Fact]
    public async Task Score_StoresNothing()
    {
        using var client = app.CreateClient();
        var before = app.WithDb(db => db.Invitations.Count());

        await client.PostAsJsonAsync("/api/score", Invitations.Generic(), TestContext.Current.CancellationToken);

        Assert.Equal(before, app.WithDb(db => db.Invitations.Count()));
    }

    [Theory]
    [InlineData("{\"senderName\":\"\",\"message\":\"\"}", "message")]
    [InlineData("{\"message\":\"hi\",\"profileUrl\":\"https://example.com/in/x\"}", "profileUrl")]
    [InlineData("{\"headline\":\"x\",\"senderName\":\"{LONG}\"}", "senderName")]
    public async Task Score_InvalidInput_Returns400NamingTheField(string json, string field)
    {
        using var client = app.CreateClient();

        var requestBody = json.Replace("{LONG}", new string('a', 201), StringComparison.Ordinal);

        var response = await client.PostAsync("/api/score", new StringContent(requestBody, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Score_MalformedJson_Returns400ProblemWithoutStackTrace()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/score", new StringContent("{\"message\": ", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
