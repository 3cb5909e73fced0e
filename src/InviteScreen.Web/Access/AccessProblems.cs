using InviteScreen.Web.FlaggedSenders;

namespace InviteScreen.Web.Access;

internal static class AccessProblems
{
    /// <summary>Machine clients (the API, the CSV export) get a 401 ProblemDetails; people get the login page.</summary>
    public static bool IsForMachines(HttpRequest request) => IsForMachines(request.Path);

    public static bool IsForMachines(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments(FlaggedSendersExport.Path);

    public static Task WriteUnauthorizedAsync(HttpContext context) =>
        Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign-in required",
            detail: $"Send the API key in the {ApiKeyAuthentication.Header} header, or sign in.")
        .ExecuteAsync(context);
}
