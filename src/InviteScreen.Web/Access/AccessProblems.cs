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

    /// <summary>A loopback app without credentials has no way to let a forwarded or remote request in.</summary>
    public static Task WriteLocalOnlyAsync(HttpContext context) =>
        Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Only this computer may use InviteScreen",
            detail: LocalOnlyDetail)
        .ExecuteAsync(context);

    public const string LocalOnlyDetail =
        "This request came through a proxy or from another computer, and no owner password or API key is set. " +
        "Set Access:OwnerPasswordHash (and Access:ApiKey for the API), and list the proxy in Access:KnownProxies; see docs/operations.md.";
}
