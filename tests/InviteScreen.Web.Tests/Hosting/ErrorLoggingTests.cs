using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Hosting;

public sealed class ErrorLoggingTests
{
    [Fact]
    public async Task ApiFailure_Returns500ProblemWhoseRequestIdIsInTheLog()
    {
        await using var baseApp = new InviteScreenAppFactory();
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IValidator<InvitationInput>, FailingValidator>()));
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/score", Invitations.Generic(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        var requestId = JsonDocument.Parse(body).RootElement.GetProperty("requestId").GetString()!;
        Assert.Contains(requestId, baseApp.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageFailure_ShowsTheErrorPageWithARequestIdThatIsInTheLog()
    {
        await using var baseApp = new InviteScreenAppFactory();
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IValidator<InvitationInput>, FailingValidator>()));
        using var client = app.CreateClient();

        var response = await Forms.PostAsync(client, "/", "/", new Dictionary<string, string> { ["Input.Message"] = "hello" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var requestId = (await Forms.ParseAsync(response)).QuerySelector("main code")?.TextContent;
        Assert.False(string.IsNullOrEmpty(requestId));
        Assert.Contains(requestId, baseApp.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InformationLogs_NeverContainInvitationTexts()
    {
        var marker = "secretnote" + Guid.NewGuid().ToString("N")[..8];
        await using var app = new InviteScreenAppFactory(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        using var client = app.CreateClient();

        await client.PostAsJsonAsync("/api/invitations", new InvitationInput { SenderName = "Name" + marker, Headline = "Head" + marker, Message = "Note " + marker }, TestContext.Current.CancellationToken);
        await Forms.PostAsync(client, "/", "/", new Dictionary<string, string> { ["Input.SenderName"] = "Form" + marker, ["Input.Message"] = "Form note " + marker });
        await client.GetAsync($"/invitations?q={marker}", TestContext.Current.CancellationToken);
        await client.GetAsync($"/api/invitations?q={marker}", TestContext.Current.CancellationToken);

        var log = app.ReadLog();
        Assert.Contains("HTTP POST /api/invitations responded 201", log, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, log, StringComparison.Ordinal);
    }

    private sealed class FailingValidator : AbstractValidator<InvitationInput>
    {
        public override Task<ValidationResult> ValidateAsync(ValidationContext<InvitationInput> context, CancellationToken cancellation = default) =>
            throw new InvalidOperationException("Simulated failure");
    }
}
