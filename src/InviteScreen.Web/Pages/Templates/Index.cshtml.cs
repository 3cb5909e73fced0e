using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Templates;

/// <summary>Templates: notes that several senders sent, largest groups first, a page at a time.</summary>
public sealed class IndexModel(InviteScreenDbContext db) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<(TemplateGroupSummary Group, TemplateCommonText Text)> Groups { get; private set; } = [];

    public int CurrentPage { get; private set; } = 1;

    public int PageCount { get; private set; }

    public int TotalGroups { get; private set; }

    // "page" is Razor Pages' own route value: the query's page number is read by name from the query string.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        TotalGroups = await TemplateGroupSummary.CountAsync(db, cancellationToken);
        PageCount = Math.Max(1, (TotalGroups + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(pageNumber ?? 1, 1, PageCount);
        var groups = await TemplateGroupSummary.Largest(db).Skip((CurrentPage - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var withText = new List<(TemplateGroupSummary, TemplateCommonText)>();
        foreach (var group in groups)
        {
            withText.Add((group, await TemplateGroupSummary.CommonTextAsync(db, group.Id, cancellationToken)));
        }

        Groups = withText;
    }
}
