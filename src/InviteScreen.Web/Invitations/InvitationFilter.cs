using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

public enum InvitationSort
{
    Newest,
    Oldest,
    ScoreHigh,
    ScoreLow,
    SentNewest,
    SentOldest,
}

/// <summary>The dashboard's filters; the same ones drive the JSON list and the CSV export.</summary>
public sealed class InvitationFilter
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 25;
    public static readonly int[] PageSizes = [10, 25, 50, 100];

    /// <summary>Up to this many search hits are looked up one by one; SQLite keeps the CROSS JOIN order, hits first.</summary>
    public const int FewHits = 5_000;

    public Verdict? Verdict { get; set; }
    public bool? Flagged { get; set; }
    public TriageStatus? Status { get; set; }
    public int? MinScore { get; set; }
    public int? MaxScore { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>When LinkedIn says it was sent; pasted invitations have no sent date and drop out of these filters.</summary>
    public DateOnly? SentFrom { get; set; }

    public DateOnly? SentTo { get; set; }
    public string? Q { get; set; }

    /// <summary>True: the trash instead of the live invitations.</summary>
    public bool InTrash { get; set; }

    /// <summary>True: only invitations whose note is a template shared with other senders.</summary>
    public bool? InTemplate { get; set; }

    public long? Template { get; set; }
    public InvitationSort Sort { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>Deep enough for any history at 100 a page, and (page - 1) × size never overflows.</summary>
    public const int MaxPage = 100_000;

    public int SafePage => Math.Clamp(Page, 1, MaxPage);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>Date filters are bounded: nothing predates LinkedIn by much, and a far date overflows the arithmetic.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>The date filters outside <see cref="EarliestDate"/>..<see cref="LatestDate"/>, by query field.</summary>
    public Dictionary<string, string[]> DateErrors()
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value) in (ReadOnlySpan<(string, DateOnly?)>)[("from", From), ("to", To), ("sentFrom", SentFrom), ("sentTo", SentTo)])
        {
            if (value is { } date && (date < EarliestDate || date > LatestDate))
            {
                errors[field] = [$"'{field}' must be a date from {EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}."];
            }
        }

        return errors;
    }

    /// <summary>Leaves out the values an error names; a score range loses both ends.</summary>
    public void Drop(IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case "verdict": Verdict = null; break;
                case "flagged": Flagged = null; break;
                case "status": Status = null; break;
                case "minScore" or "maxScore": MinScore = MaxScore = null; break;
                case "from": From = null; break;
                case "to": To = null; break;
                case "sentFrom": SentFrom = null; break;
                case "sentTo": SentTo = null; break;
                case "inTemplate": InTemplate = null; break;
                case "template": Template = null; break;
                case "sort": Sort = InvitationSort.Newest; break;
                case "page": Page = 1; break;
                case "pageSize": PageSize = DefaultPageSize; break;
            }
        }
    }

    /// <summary>No filter at all: the live history, which the trigger-kept aggregates count exactly.</summary>
    public bool IsEmpty => Verdict is null && Flagged is null && Status is null && MinScore is null && MaxScore is null
        && From is null && To is null && SentFrom is null && SentTo is null && string.IsNullOrWhiteSpace(Q) && InTemplate is null && Template is null && !InTrash;

    /// <summary>
    /// The stored invitations that pass every filter, untracked. Free text goes through the FTS5 index: a search
    /// with few hits reads them once and looks them up by id; one with many hits is checked while an index on the
    /// other filters or the sort is walked, so the first page stops early.
    /// </summary>
    public async Task<IQueryable<Invitation>> ApplyAsync(InviteScreenDbContext db, CancellationToken cancellationToken)
    {
        var query = Apply(InTrash ? Trash.Trashed(db).AsNoTracking() : db.Invitations.AsNoTracking());
        if (string.IsNullOrWhiteSpace(Q))
        {
            return query;
        }

        if (FullTextQuery.For(Q) is not { } match)
        {
            return query.Where(_ => false);
        }

        var hits = db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM InvitationSearch WHERE InvitationSearch MATCH {match}");
        // Few hits are read once, so the count, the page and the summary look them up by id instead of matching again.
        var firstHits = await hits.Take(FewHits + 1).ToListAsync(cancellationToken);
        return firstHits.Count <= FewHits
            ? query.Where(i => firstHits.Contains(i.Id))
            : query.Where(i => hits.Contains(i.Id + 0)); // "+ 0": never drive from many hits and sort them all, whatever the statistics say
    }

    private IQueryable<Invitation> Apply(IQueryable<Invitation> query)
    {
        if (Verdict is { } verdict)
        {
            query = query.Where(i => i.Verdict == verdict);
        }

        if (Flagged is { } flagged)
        {
            query = query.Where(i => i.Flagged == flagged);
        }

        if (Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (MinScore is { } min)
        {
            query = query.Where(i => i.Score >= min);
        }

        if (MaxScore is { } max)
        {
            query = query.Where(i => i.Score <= max);
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(i => i.ScreenedAt >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(i => i.ScreenedAt < end);
        }

        if (SentFrom is { } sentFrom)
        {
            var start = sentFrom.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(i => i.SentAt >= start);
        }

        if (SentTo is { } sentTo)
        {
            var end = sentTo.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(i => i.SentAt < end);
        }

        if (InTemplate is { } inTemplate)
        {
            query = inTemplate ? query.Where(i => i.TemplateGroupId != null) : query.Where(i => i.TemplateGroupId == null);
        }

        if (Template is { } template)
        {
            query = query.Where(i => i.TemplateGroupId == template);
        }

        return query;
    }

    public IQueryable<Invitation> Sorted(IQueryable<Invitation> query) => Sort switch
    {
        InvitationSort.Oldest => query.OrderBy(i => i.ScreenedAt).ThenBy(i => i.Id),
        InvitationSort.ScoreHigh => query.OrderByDescending(i => i.Score).ThenByDescending(i => i.ScreenedAt).ThenByDescending(i => i.Id),
        InvitationSort.ScoreLow => query.OrderBy(i => i.Score).ThenByDescending(i => i.ScreenedAt).ThenByDescending(i => i.Id),
        // Pasted invitations have no sent date: they come last either way.
        InvitationSort.SentNewest => query.OrderBy(i => i.SentAt == null).ThenByDescending(i => i.SentAt).ThenByDescending(i => i.Id),
        InvitationSort.SentOldest => query.OrderBy(i => i.SentAt == null).ThenBy(i => i.SentAt).ThenBy(i => i.Id),
        _ => query.OrderByDescending(i => i.ScreenedAt).ThenByDescending(i => i.Id),
    };

    /// <summary>The filter as query-string values, for links that keep it (paging, export).</summary>
    public Dictionary<string, string?> ToRouteValues() => new()
    {
        ["verdict"] = Verdict?.ToString(),
        ["flagged"] = Flagged?.ToString().ToLowerInvariant(),
        ["status"] = InTrash ? InvitationFilterQuery.Trashed : Status?.ToString(),
        ["minScore"] = MinScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["maxScore"] = MaxScore?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sentFrom"] = SentFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sentTo"] = SentTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q,
        ["inTemplate"] = InTemplate?.ToString().ToLowerInvariant(),
        ["template"] = Template?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = Sort == InvitationSort.Newest ? null : Sort.ToString(),
    };
}
