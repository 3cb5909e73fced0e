using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Hosting;

/// <summary>The log tells the client's mistakes from the app's: real statuses, no stack traces for a 4xx.</summary>
public sealed class RequestLogTests
{
    [Theory]
    [InlineData("invalid-json", 400)]
    [InlineData("no-content-type", 415)]
    [InlineData("chunked-too-large", 413)]
    public async Task BadRequest_IsLoggedAsAWarningWithItsRealStatusAndNoStackTrace(string kind, int status)
    {
        await using var app = new InviteScreenAppFactory(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        using var client = RealKestrel.Start(app, System.Net.IPAddress.Loopback);

        await client.SendAsync(ErrorResponseTests.Request(kind, "/api/invitations"), TestContext.Current.CancellationToken);

        var log = app.ReadLog();
        Assert.Contains($"[WRN] HTTP POST /api/invitations responded {status}", log, StringComparison.Ordinal);
        Assert.DoesNotContain("responded 500", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        Assert.DoesNotContain("[ERR]", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientAbort_IsLoggedAtDebugOnly()
    {
        await using var baseApp = new InviteScreenAppFactory(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Debug" });
        var aborting = new AbortingClient();
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(aborting)));
        using var client = app.CreateClient();

        await Assert.ThrowsAnyAsync<Exception>(() => client.GetAsync("/invitations?abort=1", TestContext.Current.CancellationToken));
        await aborting.Handled.Task.WaitAsync(TestContext.Current.CancellationToken);

        var log = baseApp.ReadLog();
        Assert.Contains("[DBG] HTTP GET /invitations responded", log, StringComparison.Ordinal);
        Assert.DoesNotContain("[ERR]", log, StringComparison.Ordinal);
        Assert.DoesNotContain("[WRN] HTTP GET /invitations", log, StringComparison.Ordinal);
    }

    /// <summary>Stands for a client that hangs up as the request starts: the connection is aborted, the app carries on.</summary>
    private sealed class AbortingClient : IStartupFilter
    {
        /// <summary>Completes once the app has finished with the aborted request, its log line written.</summary>
        public TaskCompletionSource Handled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (!context.Request.Query.ContainsKey("abort"))
                {
                    await nextMiddleware(context);
                    return;
                }

                context.Abort();
                try
                {
                    await nextMiddleware(context);
                }
                finally
                {
                    Handled.TrySetResult();
                }
            });
            next(app);
        };
    }
}
