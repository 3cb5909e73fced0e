using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Invitations;

/// <summary>One screening: score, verdict, highlighted text and the points breakdown.</summary>
public sealed class DetailsModel(InviteScreenDbContext db, GenericnessScorer scorer, DecisionRecorder decisions) : PageModel
{
    public Invitation Invitation { get; private set; } = null!;

    public int Threshold => scorer.Options.FlagThreshold;

    /// <summary>What the user said of this note, if anything.</summary>
    public Decision? Decision { get; private set; }

    /// <summary>Other senders of the same note, newest first, and how many there are.</summary>
    public IReadOnlyList<Invitation> OtherSenders { get; private set; } = [];
    public int OtherSenderCount { get; private set; }
    public const int MaxOtherSendersShown = 20;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.AsNoTracking().Include(i => i.Findings).Include(i => i.ScoreChanges)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }

        Invitation = invitation;
        Decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.InvitationId == id, cancellationToken);
        if (invitation.TemplateGroupId is { } group)
        {
            var others = db.Invitations.AsNoTracking().Where(i => i.TemplateGroupId == group && i.SenderKey != invitation.SenderKey);
            OtherSenderCount = await others.Select(i => i.SenderKey).Distinct().CountAsync(cancellationToken);
            OtherSenders = await others.OrderByDescending(i => i.ScreenedAt).Take(MaxOtherSendersShown).ToListAsync(cancellationToken);
        }

        return Page();
    }

    /// <summary>Marks the note generic or personal, or forgets the mark; the learned model takes it up in the background.</summary>
    public async Task<IActionResult> OnPostDecideAsync(long id, DecisionLabel? label, bool forget, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || label is null && !forget)
        {
            return BadRequest();
        }

        var found = forget ? await decisions.ForgetAsync(id, cancellationToken) : await decisions.DecideAsync(id, label!.Value, cancellationToken);
        return found ? RedirectToPage(new { id }) : NotFound();
    }

    public async Task<IActionResult> OnPostTriageAsync(long id, TriageAction action, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var changed = await decisions.TriageAsync(action, [id], cancellationToken);
        if (changed == 0)
        {
            return NotFound();
        }

        if (action != TriageAction.Delete)
        {
            return RedirectToPage(new { id });
        }

        // The dashboard's notice offers Undo for it.
        TempData["Notice"] = "Moved to the trash: 1 invitation.";
        TempData["TrashedIds"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RedirectToPage("/Invitations/Index");
    }
}
