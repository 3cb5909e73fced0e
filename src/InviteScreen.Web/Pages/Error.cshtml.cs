using InviteScreen.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Pages;

/// <summary>The page for failed requests: the client's errors (400, 413, 415) say what to change; the app's give the request id.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public bool IsClientError => Response.StatusCode is >= 400 and < 500;

    public string Title => IsClientError ? BadRequestHandler.TitleFor(Response.StatusCode)
        : IsDatabaseBusy ? DatabaseBusyHandler.UnavailableTitle
        : "Something went wrong";

    public string Detail => Response.StatusCode == StatusCodes.Status413PayloadTooLarge
        ? "What you sent is larger than InviteScreen accepts. Nothing was stored."
        : "The request could not be read. Nothing was stored.";

    public bool IsDatabaseBusy => Response.StatusCode == StatusCodes.Status503ServiceUnavailable;

    public void OnGet()
    {
        RequestId = HttpContext.TraceIdentifier;
        if (IsDatabaseBusy)
        {
            Response.Headers.RetryAfter = "5";
        }
    }

    public void OnPost() => OnGet();
}
