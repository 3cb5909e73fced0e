using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Invitations;

/// <summary>The triage dashboard: filtered, sorted, paged history with a summary and triage actions.</summary>
public sealed class IndexModel(InviteScreenDbContext db, FlaggedHeadlineKeywords keywords, DecisionRecorder decisions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public InvitationFilter Filter { get; set; } = new();

    public IReadOnlyList<Invitation> Items { get; private set; } = [];
    public MatchCount Matches { get; private set; } = new(0, false);
    public InvitationSummary Summary { get; private set; } = new(0, 0, 0, []);
    public HistoryChart? Chart { get; private set; }
    public bool HistoryIsEmpty { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Pages reachable by paging; past <see cref="MatchCount.Cap"/> matches the filters must narrow the set.</summary>
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Matches.Value / (double)Filter.SafePageSize));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "page" is Razor Pages' own route value, so the page number is read from the query string by hand.
        Filter.Page = int.TryParse(Request.Query["page"], out var page) ? page : 1;
        foreach (var (field, messages) in Filter.DateErrors())
        {
            // Shown beside the field; the rest of the filter still applies.
            ModelState.AddModelError(field, messages[0]);
            if (field == "from")
            {
                Filter.From = null;
            }
            else
            {
                Filter.To = null;
            }
        }

        var filtered = await Filter.ApplyAsync(db, cancellationToken);
        Matches = await MatchCount.CountAsync(db, Filter, filtered, cancellationToken);
        Items = await Filter.Sorted(filtered)
            .Skip((Filter.SafePage - 1) * Filter.SafePageSize)
            .Take(Filter.SafePageSize)
            .ToListAsync(cancellationToken);
        Summary = await InvitationSummary.ComputeAsync(db, Filter, filtered, Matches, cancellationToken);
        HistoryIsEmpty = Matches.Value == 0 && (Filter.IsEmpty || !await db.Invitations.AnyAsync(cancellationToken));
        Chart = HistoryIsEmpty ? null : await HistoryChart.LoadAsync(db, keywords, cancellationToken);
    }

    /// <summary>Bulk triage of the selected rows; a row's own button sends just its id.</summary>
    public async Task<IActionResult> OnPostTriageAsync(TriageAction action, long[] ids, string? returnQuery, CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState(nameof(action)) == ModelValidationState.Invalid
            || ModelState.GetFieldValidationState(nameof(ids)) == ModelValidationState.Invalid)
        {
            Notice = "That request was not understood; nothing changed.";
        }
        else if (ids.Length == 0)
        {
            Notice = "Select at least one invitation first.";
        }
        else
        {
            var changed = await decisions.TriageAsync(action, ids, cancellationToken);
            Notice = $"{Describe(action)} {changed} invitation{(changed == 1 ? "" : "s")}.";
        }

        return Redirect("/invitations" + SafeQuery(returnQuery));
    }

    public Task<IActionResult> OnPostRowAsync(long id, TriageAction action, string? returnQuery, CancellationToken cancellationToken) =>
        OnPostTriageAsync(action, [id], returnQuery, cancellationToken);

    /// <summary>Marks one row generic or personal: the learned model takes it up in the background.</summary>
    public async Task<IActionResult> OnPostDecideAsync(long id, DecisionLabel? label, string? returnQuery, CancellationToken cancellationToken)
    {
        // The form also carries the dashboard's filters; only the row and the label matter here.
        var understood = label is not null
            && ModelState.GetFieldValidationState(nameof(id)) != ModelValidationState.Invalid
            && ModelState.GetFieldValidationState(nameof(label)) != ModelValidationState.Invalid;
        Notice = !understood ? "That request was not understood; nothing changed."
            : await decisions.DecideAsync(id, label!.Value, cancellationToken) ? $"Marked {label.Value.ToString().ToLowerInvariant()}; the score learns from it."
            : "That invitation no longer exists.";
        return Redirect("/invitations" + SafeQuery(returnQuery));
    }

    /// <summary>The dashboard's own query string, re-encoded so nothing posted can shape the Location header.</summary>
    private static string SafeQuery(string? returnQuery) =>
        returnQuery is { Length: > 0 } q && q.StartsWith('?')
            ? QueryString.Create(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(q)).ToUriComponent()
            : "";

    public string LinkToPage(int page)
    {
        var values = Filter.ToRouteValues();
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["pageSize"] = Filter.PageSize == 25 ? null : Filter.SafePageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "/invitations" + QueryString.Create(values.Where(v => v.Value is not null));
    }

    private static string Describe(TriageAction action) => action switch
    {
        TriageAction.Accept => "Accepted",
        TriageAction.Ignore => "Ignored",
        TriageAction.Report => "Reported",
        TriageAction.Reset => "Reset",
        _ => "Deleted",
    };
}
