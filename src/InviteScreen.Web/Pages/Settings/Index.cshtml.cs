using FluentValidation;
using FluentValidation.AspNetCore;
using InviteScreen.Web.Data;
using InviteScreen.Web.Learning;
using InviteScreen.Web.Tuning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Settings;

/// <summary>
/// Settings: the user's "About me" profile, so details that only echo it score as mail merge; the threshold, bands
/// and empty-note policy; and the allow and block lists.
/// </summary>
public sealed class IndexModel(
    InviteScreenDbContext db, IValidator<AboutMeInput> validator, LearningSignal signal, ScoringTuning tuning, ListChanges lists) : PageModel
{
    [BindProperty]
    public AboutMeInput AboutMe { get; set; } = new();

    [BindProperty]
    public ScoringSettingsInput Scoring { get; set; } = new();

    [BindProperty]
    public ListEntryInput NewEntry { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public SettingsPreview Preview { get; private set; } = new(0, 0, 0, 0, 0);

    public List<ListEntryRow> Entries { get; private set; } = [];

    public RescoreJob? LatestRescore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AboutMe = AboutMeInput.From(await db.AboutMe.AsNoTracking().FirstOrDefaultAsync(cancellationToken));
        Scoring = ScoringSettingsInput.From(await tuning.SettingsAsync(cancellationToken));
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostScoringAsync(CancellationToken cancellationToken)
    {
        var validation = await new ScoringSettingsInputValidator().ValidateAsync(Scoring, cancellationToken);
        validation.AddToModelState(ModelState, nameof(Scoring));
        var (_, error) = validation.IsValid ? tuning.TryBuild(Scoring.ToRow(), await tuning.OverlayAsync(cancellationToken)) : (null, null);
        if (!validation.IsValid || error is not null)
        {
            if (error is not null)
            {
                ModelState.AddModelError(nameof(Scoring), error);
            }

            return await PageAgainAsync(cancellationToken);
        }

        var row = await db.ScoringSettings.FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            db.ScoringSettings.Add(row = new ScoringSettings());
        }

        (row.FlagThreshold, row.GenericFrom, row.PersonalBelow, row.EmptyNoteNeutral) = (Scoring.FlagThreshold, Scoring.GenericFrom, Scoring.PersonalBelow, Scoring.EmptyNoteNeutral);
        await db.SaveChangesAsync(cancellationToken);
        await tuning.ChangedAsync($"Settings changed: {Scoring.Describe()}.", cancellationToken);
        Notice = "Saved. Every stored invitation is re-scored with the new settings in the background.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddEntryAsync(CancellationToken cancellationToken)
    {
        var validation = await new ListEntryInputValidator().ValidateAsync(NewEntry, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(NewEntry));
            return await PageAgainAsync(cancellationToken);
        }

        var added = await lists.AddAsync([NewEntry.ToEntry()], cancellationToken);
        Notice = added == 0 ? "That entry is listed already." : $"Added {ListChanges.Describe(NewEntry.ToEntry())}. Stored invitations are re-scored in the background.";
        return RedirectToPage(null, null, "lists-heading");
    }

    public async Task<IActionResult> OnPostRemoveEntryAsync(long id, CancellationToken cancellationToken)
    {
        Notice = await lists.RemoveAsync(id, cancellationToken) ? "Removed. Stored invitations are re-scored in the background." : "That entry was removed already.";
        return RedirectToPage(null, null, "lists-heading");
    }

    public async Task<IActionResult> OnPostImportListsAsync(IFormFile? listsFile, CancellationToken cancellationToken)
    {
        if (listsFile is null || listsFile.Length == 0)
        {
            ModelState.AddModelError("listsFile", $"Choose a CSV file with the columns {ListCsv.Header}.");
            return await PageAgainAsync(cancellationToken);
        }

        using var file = new StreamReader(listsFile.OpenReadStream());
        using var reader = new StringReader(await file.ReadToEndAsync(cancellationToken));
        var (added, errors) = await lists.ImportAsync(reader, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError("listsFile", error);
            }

            return await PageAgainAsync(cancellationToken);
        }

        Notice = $"Imported {added} new entr{(added == 1 ? "y" : "ies")}. Stored invitations are re-scored in the background.";
        return RedirectToPage(null, null, "lists-heading");
    }

    /// <summary>The page with the posted values and their errors; the other forms show what is stored.</summary>
    private async Task<IActionResult> PageAgainAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.ContainsKey(nameof(Scoring)) && !ModelState.Keys.Any(k => k.StartsWith(nameof(Scoring) + ".", StringComparison.Ordinal)))
        {
            Scoring = ScoringSettingsInput.From(await tuning.SettingsAsync(cancellationToken));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var valid = (await new ScoringSettingsInputValidator().ValidateAsync(Scoring, cancellationToken)).IsValid;
        Preview = await TuningApi.PreviewAsync(db, valid ? Scoring : ScoringSettingsInput.From(await tuning.SettingsAsync(cancellationToken)), cancellationToken);
        Entries = await db.ListEntries.AsNoTracking().OrderBy(e => e.Kind).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        LatestRescore = await db.RescoreJobs.AsNoTracking().OrderByDescending(j => j.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(AboutMe, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(AboutMe));
            return await PageAgainAsync(cancellationToken);
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
