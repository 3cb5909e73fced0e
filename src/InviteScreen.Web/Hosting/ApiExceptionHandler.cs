using InviteScreen.Web.Access;
using Microsoft.AspNetCore.Diagnostics;

namespace InviteScreen.Web.Hosting;

/// <summary>
/// An unexpected failure on the API or the export: logged with the request id, answered with a 500
/// ProblemDetails carrying that id (no stack trace); pages get the error page, which shows the same id.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps the original path.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!AccessProblems.IsForMachines(path) || http.Response.HasStarted || ClientErrors.IsClientSide(http, exception))
        {
            return false;
        }

        LogFailure(logger, exception, http.TraceIdentifier, http.Request.Method, path);
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new()
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong",
                Detail = "The request could not be completed; nothing already stored was changed. Quote the requestId if it happens again.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {RequestId} failed: {Method} {Path}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string requestId, string method, string path);
}
