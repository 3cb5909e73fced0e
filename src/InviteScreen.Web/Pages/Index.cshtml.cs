using FluentValidation;
using FluentValidation.AspNetCore;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Pages;

/// <summary>The screen page: type or paste an invitation, score and store it, then show its details.</summary>
public sealed class IndexModel(IValidator<InvitationInput> validator, InvitationScreener screener) : PageModel
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    [BindProperty]
    public string? Raw { get; set; }

    /// <summary>True after a raw paste was split, so the page asks the user to check the fields.</summary>
    public bool WasSplit { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var invitation = await screener.ScreenAndStoreAsync(Input, cancellationToken);
        return RedirectToPage("/Invitations/Details", new { id = invitation.Id });
    }

    public IActionResult OnPostSplit()
    {
        if (string.IsNullOrWhiteSpace(Raw))
        {
            ModelState.AddModelError(nameof(Raw), "Paste the invitation's text first.");
            return Page();
        }

        if (Raw.Length > InvitationInputValidator.MaxMessage * 2)
        {
            ModelState.AddModelError(nameof(Raw), $"That is more than {InvitationInputValidator.MaxMessage * 2:N0} characters; paste one invitation at a time.");
            return Page();
        }

        ModelState.Clear();
        Input = RawInvitationParser.Parse(Raw);
        WasSplit = true;
        return Page();
    }
}
