using Microsoft.AspNetCore.Connections;

namespace InviteScreen.Web.Hosting;

/// <summary>Recognises a request that failed through the client's fault, however deep the framework wrapped it.</summary>
internal static class ClientErrors
{
    /// <summary>
    /// The innermost <see cref="BadHttpRequestException"/>: a chunked body over the limit surfaces as a 400 "failed to
    /// read the body" around Kestrel's own 413, and the 413 is the truth.
    /// </summary>
    public static BadHttpRequestException? Find(Exception? exception)
    {
        BadHttpRequestException? found = null;
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is BadHttpRequestException bad)
            {
                found = bad;
            }
        }

        return found;
    }

    public static bool IsClientAbort(HttpContext http, Exception? exception) =>
        exception is OperationCanceledException or ConnectionResetException && http.RequestAborted.IsCancellationRequested;

    /// <summary>A client's fault or hang-up: nothing for the error log.</summary>
    public static bool IsClientSide(HttpContext http, Exception exception) => Find(exception) is not null || IsClientAbort(http, exception);
}
