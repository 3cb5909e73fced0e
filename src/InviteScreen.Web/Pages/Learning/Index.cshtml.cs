using InviteScreen.Web.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Pages.Learning;

/// <summary>What the score learned from the user's decisions, how well it does on them, and a reset.</summary>
public sealed class IndexModel(LearningState state, DecisionRecorder decisions) : PageModel
{
    public LearningSummary Summary => state.Summary;

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        await decisions.ResetAsync(cancellationToken);
        Notice = "Every decision is forgotten; untriaged invitations are re-scored without them.";
        return RedirectToPage();
    }
}
