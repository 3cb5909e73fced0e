using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Invitations;

/// <summary>One screening: score, verdict, highlighted text and the points breakdown.</summary>
public sealed class DetailsModel(InviteScreenDbContext db, GenericnessScorer scorer) : PageModel
{
    public Invitation Invitation { get; private set; } = null!;

    public int Threshold => scorer.Options.FlagThreshold;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.AsNoTracking().Include(i => i.Findings).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }

        Invitation = invitation;
        return Page();
    }

    public async Task<IActionResult> OnPostTriageAsync(long id, TriageAction action, CancellationToken cancellationToken)
    {
        var changed = await Triage.ApplyAsync(db, action, [id], cancellationToken);
        if (changed == 0)
        {
            return NotFound();
        }

        return action == TriageAction.Delete ? RedirectToPage("/Invitations/Index") : RedirectToPage(new { id });
    }
}
