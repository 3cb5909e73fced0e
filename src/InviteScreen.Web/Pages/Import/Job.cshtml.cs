using InviteScreen.Web.Data;
using InviteScreen.Web.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InviteScreen.Web.Pages.Import;

/// <summary>One import's progress: rendered on the server (so a reload shows it), then kept current by import.js.</summary>
public sealed class JobModel(InviteScreenDbContext db, TimeProvider clock) : PageModel
{
    public ImportJobResponse Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var job = await ImportJobResponse.LoadAsync(db, id, clock, cancellationToken);
        if (job is null)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }
}
