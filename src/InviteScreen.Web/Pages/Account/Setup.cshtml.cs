using InviteScreen.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Pages.Account;

/// <summary>First run beyond loopback: the one-time token from the log lets the owner choose the password.</summary>
[AllowAnonymous]
public sealed class SetupModel(OwnerPassword owner, SignInLockout lockout, SessionStamp stamp) : PageModel
{
    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Confirm { get; set; }

    public IActionResult OnGet() => owner.SetupToken is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (owner.SetupToken is null)
        {
            return NotFound();
        }

        if (Password is null || Password.Length < OwnerPassword.MinLength || Password.Length > 1000)
        {
            ModelState.AddModelError(nameof(Password), $"Use at least {OwnerPassword.MinLength} characters.");
        }
        else if (Password != Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "The two passwords differ.");
        }
        else if (lockout.IsLockedOut(SignInLockout.ClientOf(HttpContext)) || !owner.CompleteSetup(Token, Password))
        {
            lockout.RecordFailure(SignInLockout.ClientOf(HttpContext));
            ModelState.AddModelError(nameof(Token), "That setup token is not right.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        stamp.Rotate();
        await LoginModel.SignInOwnerAsync(HttpContext);
        return LocalRedirect("/");
    }
}
