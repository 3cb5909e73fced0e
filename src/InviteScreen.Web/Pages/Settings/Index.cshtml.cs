using FluentValidation;
using FluentValidation.AspNetCore;
using InviteScreen.Web.Data;
using InviteScreen.Web.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Settings;

/// <summary>Settings: the user's "About me" profile, so details that only echo it score as mail merge.</summary>
public sealed class IndexModel(InviteScreenDbContext db, IValidator<AboutMeInput> validator, LearningSignal signal) : PageModel
{
    [BindProperty]
    public AboutMeInput AboutMe { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        AboutMe = AboutMeInput.From(await db.AboutMe.AsNoTracking().FirstOrDefaultAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(AboutMe, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(AboutMe));
            return Page();
        }

        var row = await db.AboutMe.FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            db.AboutMe.Add(row = new AboutMe());
        }

        AboutMe.CopyTo(row);
        await db.SaveChangesAsync(cancellationToken);
        signal.Relearn();
        Notice = "Saved. Untriaged invitations are re-scored with your profile in the background.";
        return RedirectToPage();
    }
}

/// <summary>The "About me" form: every part optional.</summary>
public sealed class AboutMeInput
{
    public string? Name { get; set; }
    public string? Headline { get; set; }
    public string? Company { get; set; }
    public string? Industry { get; set; }
    public string? Location { get; set; }
    public string? Schools { get; set; }

    public static AboutMeInput From(AboutMe? row) => row is null ? new() : new()
    {
        Name = row.Name, Headline = row.Headline, Company = row.Company, Industry = row.Industry, Location = row.Location, Schools = row.Schools,
    };

    public void CopyTo(AboutMe row)
    {
        row.Name = Trimmed(Name);
        row.Headline = Trimmed(Headline);
        row.Company = Trimmed(Company);
        row.Industry = Trimmed(Industry);
        row.Location = Trimmed(Location);
        row.Schools = Trimmed(Schools);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class AboutMeInputValidator : AbstractValidator<AboutMeInput>
{
    public const int MaxLength = 300;

    public AboutMeInputValidator()
    {
        RuleFor(a => a.Name).MaximumLength(MaxLength);
        RuleFor(a => a.Headline).MaximumLength(MaxLength);
        RuleFor(a => a.Company).MaximumLength(MaxLength);
        RuleFor(a => a.Industry).MaximumLength(MaxLength);
        RuleFor(a => a.Location).MaximumLength(MaxLength);
        RuleFor(a => a.Schools).MaximumLength(MaxLength);
    }
}
