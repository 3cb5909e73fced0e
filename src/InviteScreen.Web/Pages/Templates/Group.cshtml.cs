using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Templates;

/// <summary>One template group: its shared text, gap values and dates, and its members a page at a time.</summary>
public sealed class GroupModel(InviteScreenDbContext db) : PageModel
{
    public const int PageSize = 25;

    public TemplateGroupSummary Group { get; private set; } = null!;

    public TemplateCommonText Text { get; private set; } = null!;

    public IReadOnlyList<Invitation> Members { get; private set; } = [];

    public int CurrentPage { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Group.Invitations + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await TemplateGroupSummary.Query(db, id).FirstOrDefaultAsync(cancellationToken) is not { } group)
        {
            return NotFound();
        }

        Group = group;
        CurrentPage = Math.Clamp(pageNumber ?? 1, 1, PageCount);
        Text = await TemplateGroupSummary.CommonTextAsync(db, id, cancellationToken);
        Members = await TemplateMembers.PageAsync(db, id, CurrentPage, PageSize, cancellationToken);
        return Page();
    }
}
