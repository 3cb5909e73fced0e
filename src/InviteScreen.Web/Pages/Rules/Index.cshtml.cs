using InviteScreen.Web.Data;
using InviteScreen.Web.Tuning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Rules;

/// <summary>Every rule with its points and its record on the user's decided notes; a rule can be disabled or given other points.</summary>
public sealed class IndexModel(InviteScreenDbContext db, RuleChanges rules) : PageModel
{
    public List<RuleView> Rules { get; private set; } = [];

    public RescoreJob? LatestRescore { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The rule whose form failed validation, so its row shows the error and the posted values.</summary>
    public string? FailedRule { get; private set; }

    public int? FailedPoints { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string ruleId, bool enabled, string? points, CancellationToken cancellationToken)
    {
        string? error = null;
        int? parsed = null;
        if (!string.IsNullOrWhiteSpace(points))
        {
            parsed = int.TryParse(points, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null;
            error = parsed is null ? "Points must be a whole number between -100 and 100." : null;
        }

        if (error is null)
        {
            var (rule, why) = await rules.ChangeAsync(ruleId ?? "", enabled, parsed, cancellationToken);
            if (rule is null && why is null)
            {
                return NotFound();
            }

            error = why;
            if (rule is not null)
            {
                Notice = $"Saved {rule.Title}. Every stored invitation is re-scored in the background.";
                return RedirectToPage();
            }
        }

        ModelState.AddModelError($"points-{ruleId}", error!);
        FailedRule = ruleId;
        FailedPoints = parsed;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rules = await rules.ListAsync(cancellationToken);
        LatestRescore = await db.RescoreJobs.AsNoTracking().OrderByDescending(j => j.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
