using System.Net;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Hosting;

/// <summary>
/// Error responses: the right status, ProblemDetails for machines, the error page for people, security headers on all.
/// On real Kestrel, whose body limit is what stops a chunked body.
/// </summary>
public sealed class ErrorResponseTests
{
    public static TheoryData<string, HttpStatusCode> BadRequests => new()
    {
        { "invalid-json", HttpStatusCode.BadRequest },
        { "no-content-type", HttpStatusCode.UnsupportedMediaType },
        { "text-plain", HttpStatusCode.UnsupportedMediaType },
        { "chunked-too-large", HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Api_BadRequest_IsAProblemWithItsRealStatusAndTheSecurityHeaders(string kind, HttpStatusCode expected)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = RealKestrel.Start(app, IPAddress.Loopback);

        var response = await client.SendAsync(Request(kind, "/api/invitations"), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_ChunkedBodyOverTheLimit_Is413ErrorPageWithTheSecurityHeaders()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = RealKestrel.Start(app, IPAddress.Loopback);
        var page = await Forms.ParseAsync(await client.GetAsync("/", TestContext.Current.CancellationToken));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var form = $"__RequestVerificationToken={Uri.EscapeDataString(token!)}&Input.Message={new string('x', 1_100_000)}";
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(form)));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Api_Failure_Is500WithTheSecurityHeaders()
    {
        await using var app = new InviteScreenAppFactory();
        await using var failing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IValidator<InvitationInput>, FailingValidator>()));
        using var client = failing.CreateClient();

        var response = await client.SendAsync(Request("valid", "/api/score"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    internal static HttpRequestMessage Request(string kind, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Content = kind switch
        {
            "invalid-json" => new StringContent("{\"message\": ", Encoding.UTF8, "application/json"),
            "no-content-type" => new ByteArrayContent("{\"message\":\"hi\"}"u8.ToArray()),
            "text-plain" => new StringContent("{\"message\":\"hi\"}", Encoding.UTF8, "text/plain"),
            "chunked-too-large" => new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"message\":\"{new string('x', 1_100_000)}\"}}"))),
            _ => new StringContent("{\"message\":\"hello\"}", Encoding.UTF8, "application/json"),
        };
        if (kind == "chunked-too-large")
        {
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.TransferEncodingChunked = true;
        }

        return request;
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    private sealed class FailingValidator : AbstractValidator<InvitationInput>
    {
        public override Task<ValidationResult> ValidateAsync(ValidationContext<InvitationInput> context, CancellationToken cancellation = default) =>
            throw new InvalidOperationException("Simulated failure");
    }
}
