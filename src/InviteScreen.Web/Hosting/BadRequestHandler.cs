using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace InviteScreen.Web.Hosting;

/// <summary>
/// Malformed JSON, wrong types, unknown enum values and unparsable query values reach here as
/// <see cref="BadHttpRequestException"/> (endpoints throw on bad requests): on the API and the export they become a
/// 400 ValidationProblemDetails naming the field, or a 413/415 problem, never a 500 and never the HTML error page.
/// Pages get the error page with the same status.
/// </summary>
internal sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (ClientErrors.Find(exception) is not { } bad || http.Response.HasStarted || !Access.AccessProblems.IsForMachines(path))
        {
            return false;
        }

        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            http.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new() { Status = bad.StatusCode, Title = TitleFor(bad.StatusCode), Detail = DetailFor(bad.StatusCode) },
                Exception = exception,
            });
        }

        var (field, message) = Describe(bad);
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid",
            },
            Exception = exception,
        });
    }

    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "Request too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported content type",
        _ => "The request is not valid",
    };

    public static string DetailFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => $"Requests are limited to {RequestLimits.MaxBodyBytes / 1024 / 1024} MB.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with the header Content-Type: application/json.",
        _ => "The request could not be read.",
    };

    private static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            return field.Length == 0
                ? ("body", "The body is not valid JSON.")
                : (field, $"'{field}' could not be read: a value of the wrong type, an unknown value or invalid text.");
        }

        if (bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return ("body", "Send a JSON object as the body (content-type: application/json).");
        }

        var parameter = ParameterName().Match(bad.Message);
        if (!parameter.Success)
        {
            return ("request", "The request could not be read.");
        }

        var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
        return (name, $"'{name}' has a value of the wrong type or an unknown value.");
    }

    /// <summary>"$.senderName" → "senderName"; "$['a b']" and "$" → the top-level name or "".</summary>
    private static string FieldFromJsonPath(string? path)
    {
        var match = JsonPathField().Match(path ?? "");
        return match.Success ? match.Groups["name"].Value : "";
    }

    [GeneratedRegex("""parameter "\S+ (?<name>\w+)" """, RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^\$\.(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPathField();
}
