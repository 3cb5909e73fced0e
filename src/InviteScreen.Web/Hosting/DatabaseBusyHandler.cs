using System.Globalization;
using InviteScreen.Web.Access;
using InviteScreen.Web.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace InviteScreen.Web.Hosting;

/// <summary>
/// A write that met a locked or read-only database: a 503 with Retry-After (ProblemDetails for machines, the
/// error page for people), one warning in the log, and the connection pool freed of read-only connections.
/// </summary>
internal sealed partial class DatabaseBusyHandler(IProblemDetailsService problems, ILogger<DatabaseBusyHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFaults.IsTransient(exception) || http.Response.HasStarted)
        {
            return false;
        }

        DatabaseFaults.Recover(exception);
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        LogUnavailable(logger, http.TraceIdentifier, http.Request.Method, path, exception.GetBaseException().Message);
        if (!AccessProblems.IsForMachines(path))
        {
            return false;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = DatabaseFaults.RetryAfterSeconds(exception).ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new() { Status = StatusCodes.Status503ServiceUnavailable, Title = UnavailableTitle, Detail = UnavailableDetail },
        });
    }

    public const string UnavailableTitle = "The database is busy";

    public const string UnavailableDetail =
        "The database is locked by another program or is read-only, so nothing was stored. Try again in a moment.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {RequestId} could not write: {Method} {Path}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string requestId, string method, string path, string reason);
}
