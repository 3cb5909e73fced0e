using System.Security.Claims;
using InviteScreen.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Pages.Account;

/// <summary>The owner's sign-in: one password, one generic message for every failure, a pause after repeated failures.</summary>
[AllowAnonymous]
public sealed class LoginModel(AccessPlan plan, OwnerPassword owner, SignInLockout lockout, AccessSettings settings) : PageModel
{
    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SetupPending => owner.SetupToken is not null;

    /// <summary>A request from beyond this computer, and no password to sign in with: it is refused.</summary>
    public bool LocalOnly => !owner.IsSet && owner.SetupToken is null;

    public IActionResult OnGet()
    {
        if (NeedsNoSignIn)
        {
            return LocalRedirect("/");
        }

        return LocalOnly ? Refused() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (NeedsNoSignIn)
        {
            return LocalRedirect("/");
        }

        if (LocalOnly)
        {
            return Refused();
        }

        var client = SignInLockout.ClientOf(HttpContext);
        if (lockout.IsLockedOut(client) || !owner.Verify(Password))
        {
            lockout.RecordFailure(client);
            ModelState.AddModelError(nameof(Password),
                $"Sign-in failed. After {settings.MaxFailedSignIns} failed attempts sign-in pauses for {settings.LockoutMinutes} minutes.");
            return Page();
        }

        lockout.RecordSuccess(client);
        await SignInOwnerAsync(HttpContext);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private bool NeedsNoSignIn => !plan.SignInRequired && ClientOrigin.IsLocalRequest(HttpContext);

    private PageResult Refused()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }

    public static Task SignInOwnerAsync(HttpContext http) =>
        http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "owner"), http.RequestServices.GetRequiredService<SessionStamp>().Claim()],
                CookieAuthenticationDefaults.AuthenticationScheme)));
}
