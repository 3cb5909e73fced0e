using InviteScreen.Web.Data;
using InviteScreen.Web.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InviteScreen.Web.Pages.Import;

/// <summary>Import: upload LinkedIn's Invitations.csv; the import runs in the background.</summary>
public sealed class IndexModel(InviteScreenDbContext db, ImportUpload upload, IOptions<ImportOptions> options) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public IReadOnlyList<ImportJob> RecentJobs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadJobsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose your Invitations.csv file to import.");
        }
        else if (Upload.Length > MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The file is {Upload.Length / 1024 / 1024} MB; imports are limited to {MaxUploadBytes / 1024 / 1024} MB.");
        }
        else
        {
            try
            {
                await using var content = Upload.OpenReadStream();
                var job = await upload.StartAsync(Upload.FileName, content, cancellationToken);
                return RedirectToPage("/Import/Job", new { id = job.Id });
            }
            catch (NotInvitationsCsvException notCsv)
            {
                ModelState.AddModelError(nameof(Upload), notCsv.Message + " Nothing was imported.");
            }
        }

        await LoadJobsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadJobsAsync(CancellationToken cancellationToken) =>
        RecentJobs = await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.Id).Take(10).ToListAsync(cancellationToken);
}
