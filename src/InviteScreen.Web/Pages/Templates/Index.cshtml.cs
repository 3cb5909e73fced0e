using InviteScreen.Web.Data;
using InviteScreen.Web.Templates;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Templates;

/// <summary>Templates: notes that several senders sent, largest groups first.</summary>
public sealed class IndexModel(InviteScreenDbContext db) : PageModel
{
    public const int MaxGroups = 50;

    public IReadOnlyList<(TemplateGroupSummary Group, IReadOnlyList<TemplateSegment> Text)> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var groups = await TemplateGroupSummary.Query(db)
            .OrderByDescending(g => g.Senders).ThenByDescending(g => g.Invitations).ThenBy(g => g.Id)
            .Take(MaxGroups)
            .ToListAsync(cancellationToken);
        var withText = new List<(TemplateGroupSummary, IReadOnlyList<TemplateSegment>)>();
        foreach (var group in groups)
        {
            withText.Add((group, (await TemplateGroupSummary.CommonTextAsync(db, group.Id, cancellationToken)).Segments));
        }

        Groups = withText;
    }
}
