using InviteScreen.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Pages;

/// <summary>What a browser sees for an error status without a body of its own, such as an unknown page or invitation (404).</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code switch
    {
        StatusCodes.Status404NotFound => "Page not found",
        >= 500 => "Something went wrong",
        _ => BadRequestHandler.TitleFor(Code),
    };

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => OnGet(code);
}
