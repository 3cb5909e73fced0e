using Serilog;
using Serilog.Events;

namespace InviteScreen.Web.Hosting;

/// <summary>One line per request: Information when it went well, Warning for the client's errors, Error for ours.</summary>
internal static class RequestLogging
{
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("RequestId", http.TraceIdentifier);
            options.GetLevel = LevelFor;
        });
        return app;
    }

    /// <summary>A client that hung up is no fault of either side; a 4xx is the client's mistake, with no stack trace worth keeping.</summary>
    private static LogEventLevel LevelFor(HttpContext http, double elapsedMilliseconds, Exception? exception) =>
        http.RequestAborted.IsCancellationRequested ? LogEventLevel.Debug
        : exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : http.Response.StatusCode >= 400 ? LogEventLevel.Warning
        : LogEventLevel.Information;
}
