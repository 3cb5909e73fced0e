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

    public IActionResult OnGet() => plan.SignInRequired ? Page() : LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!plan.SignInRequired)
        {
            return LocalRedirect("/");
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

    public static Task SignInOwnerAsync(HttpContext http) =>
        http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], CookieAuthenticationDefaults.AuthenticationScheme)));
}
