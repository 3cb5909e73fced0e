using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Learning;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Pages.Invitations;

/// <summary>The triage dashboard: filtered, sorted, paged history with a summary and triage actions.</summary>
public sealed class IndexModel(InviteScreenDbContext db, FlaggedHeadlineKeywords keywords, DecisionRecorder decisions, ScreeningWriteGate gate) : PageModel
{
    public InvitationFilter Filter { get; private set; } = new();

    /// <summary>How many live invitations hold each status, and how many lie in the trash.</summary>
    public StatusCounts Counts { get; private set; } = StatusCounts.None;

    /// <summary>True on the bare dashboard: the "New" queue of untriaged invitations.</summary>
    public bool IsQueue { get; private set; }

    public IReadOnlyList<Invitation> Items { get; private set; } = [];
    public MatchCount Matches { get; private set; } = new(0, false);
    public InvitationSummary Summary { get; private set; } = new(0, 0, 0, []);
    public HistoryChart? Chart { get; private set; }
    public bool HistoryIsEmpty { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>What was just trashed, so the notice can offer Undo without the page's script.</summary>
    [TempData]
    public string? TrashedIds { get; set; }

    /// <summary>Pages reachable by paging; past <see cref="MatchCount.Cap"/> matches the filters must narrow the set.</summary>
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Matches.Value / (double)Filter.SafePageSize));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = InvitationFilterQuery.Parse(Request.Query, out var errors);
        // The bare dashboard is the queue of what still needs a decision.
        IsQueue = Request.Query.Count == 0;
        if (IsQueue)
        {
            Filter.Status = TriageStatus.New;
        }

        foreach (var (field, messages) in errors)
        {
            // Shown beside the field; the rest of the filter still applies.
            ModelState.AddModelError(field, messages[0]);
        }

        var filtered = await Filter.ApplyAsync(db, cancellationToken);
        Matches = await MatchCount.CountAsync(db, Filter, filtered, cancellationToken);
        if (!Matches.IsLowerBound && Filter.SafePage > PageCount)
        {
            Filter.Page = PageCount;
        }

        Items = await Filter.Sorted(filtered)
            .Skip((Filter.SafePage - 1) * Filter.SafePageSize)
            .Take(Filter.SafePageSize)
            .ToListAsync(cancellationToken);
        Counts = await StatusCounts.LoadAsync(db, cancellationToken);
        Summary = await InvitationSummary.ComputeAsync(db, Filter, filtered, Matches, cancellationToken);
        HistoryIsEmpty = Matches.Value == 0 && !Filter.InTrash && (Filter.IsEmpty || Counts.Live == 0);
        Chart = HistoryIsEmpty || Filter.InTrash ? null : await HistoryChart.LoadAsync(db, keywords, cancellationToken);
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
            TrashedIds = action == TriageAction.Delete && changed > 0 ? string.Join(',', ids) : null;
        }

        return Answer(returnQuery);
    }

    /// <summary>Deletes everything in the trash for good.</summary>
    public async Task<IActionResult> OnPostEmptyTrashAsync(CancellationToken cancellationToken)
    {
        var purged = await Trash.PurgeAsync(db, gate, trashedBefore: null, cancellationToken);
        Notice = $"Emptied the trash: {purged} invitation{(purged == 1 ? "" : "s")} deleted for good.";
        return Redirect("/invitations?status=" + InvitationFilterQuery.Trashed);
    }

    /// <summary>The page's own script asks in place and gets the notice as JSON; a plain form post goes back to the dashboard.</summary>
    private IActionResult Answer(string? returnQuery)
    {
        if (Request.Headers["X-Requested-With"] == "fetch")
        {
            var notice = Notice;
            Notice = TrashedIds = null;
            return new JsonResult(new { notice });
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
        return Answer(returnQuery);
    }

    /// <summary>The dashboard's own query string, re-encoded so nothing posted can shape the Location header.</summary>
    private static string SafeQuery(string? returnQuery) =>
        returnQuery is { Length: > 0 } q && q.StartsWith('?')
            ? QueryString.Create(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(q)).ToUriComponent()
            : "";

    /// <summary>The dashboard with the same filters but another status (null: any status), from page 1.</summary>
    public string LinkToStatus(string? status)
    {
        var values = Filter.ToRouteValues();
        values["status"] = status;
        return "/invitations" + QueryString.Create(values.Where(v => v.Value is not null));
    }

    public string LinkToPage(int page)
    {
        var values = Filter.ToRouteValues();
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["pageSize"] = Filter.PageSize == InvitationFilter.DefaultPageSize ? null : Filter.SafePageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "/invitations" + QueryString.Create(values.Where(v => v.Value is not null));
    }

    private static string Describe(TriageAction action) => action switch
    {
        TriageAction.Accept => "Accepted",
        TriageAction.Ignore => "Ignored",
        TriageAction.Report => "Reported",
        TriageAction.Reset => "Reset",
        TriageAction.Restore => "Restored",
        _ => "Moved to the trash:",
    };
}
