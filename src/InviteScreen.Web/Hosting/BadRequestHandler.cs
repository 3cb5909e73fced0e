using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace InviteScreen.Web.Hosting;

/// <summary>
/// Malformed JSON, wrong types, unknown enum values and unparsable query values reach here as
/// <see cref="BadHttpRequestException"/> (endpoints throw on bad requests): they become a 400
/// ValidationProblemDetails naming the field, not a 500 and not an empty 400.
/// </summary>
internal sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad || http.Response.HasStarted)
        {
            return false;
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
