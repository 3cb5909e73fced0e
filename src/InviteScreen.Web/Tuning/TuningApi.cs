using InviteScreen.Scoring.Policy;
using InviteScreen.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tuning;

public sealed record RescoreResponse(long Id, RescoreState State, int Processed, int Total, int Changed, string Reason)
{
    public static RescoreResponse From(RescoreJob j) => new(j.Id, j.State, j.Processed, Math.Max(j.Total, j.Processed), j.Changed, j.Reason);
}

/// <summary>How many stored invitations a threshold and bands would flag, and put in each band.</summary>
public sealed record SettingsPreview(int Threshold, int Flagged, int Generic, int Personal, int Total);

public sealed record RuleChangeRequest(bool? Enabled, int? Points);

/// <summary>Re-scores, the settings preview, rule changes, and the lists as CSV.</summary>
public static class TuningApi
{
    public const string ListsCsvPath = "/api/lists.csv";

    public static IEndpointRouteBuilder MapTuningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Tuning").RequireRateLimiting(Hosting.RequestLimits.ApiPolicy);
        api.MapPost("/rescore", StartRescore);
        api.MapGet("/rescore/{id:long}", GetRescore);
        api.MapGet("/settings/preview", Preview);
        api.MapPut("/rules/{id}", ChangeRule);
        api.MapGet("/lists.csv", ExportLists);
        api.MapPost("/lists.csv", ImportLists);
        return app;
    }

    private static async Task<Accepted<RescoreResponse>> StartRescore(ScoringTuning tuning, CancellationToken cancellationToken)
    {
        var job = await tuning.ChangedAsync("Re-scored on request, with the settings and rules as they are now.", cancellationToken);
        return TypedResults.Accepted($"/api/rescore/{job.Id}", RescoreResponse.From(job));
    }

    private static async Task<Results<Ok<RescoreResponse>, ProblemHttpResult>> GetRescore(long id, InviteScreenDbContext db, CancellationToken cancellationToken) =>
        await db.RescoreJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken) is { } job
            ? TypedResults.Ok(RescoreResponse.From(job))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Re-score not found", detail: $"There is no re-score with id {id}.");

    private static async Task<Results<Ok<SettingsPreview>, ValidationProblem>> Preview(
        int? threshold, int? genericFrom, int? personalBelow, ScoringTuning tuning, InviteScreenDbContext db, CancellationToken cancellationToken)
    {
        var current = await tuning.SettingsAsync(cancellationToken);
        var settings = new ScoringSettingsInput { FlagThreshold = threshold ?? current.FlagThreshold, GenericFrom = genericFrom ?? current.GenericFrom, PersonalBelow = personalBelow ?? current.PersonalBelow };
        var validation = await new ScoringSettingsInputValidator().ValidateAsync(settings, cancellationToken);
        return validation.IsValid
            ? TypedResults.Ok(await PreviewAsync(db, settings, cancellationToken))
            : TypedResults.ValidationProblem(Screening.ScreeningApi.ToCamelCaseDictionary(validation));
    }

    public static async Task<SettingsPreview> PreviewAsync(InviteScreenDbContext db, ScoringSettingsInput settings, CancellationToken cancellationToken)
    {
        var invitations = db.Invitations.AsNoTracking();
        var total = await invitations.CountAsync(cancellationToken);
        var flagged = await invitations.CountAsync(i => i.Score >= settings.FlagThreshold, cancellationToken);
        var generic = await invitations.CountAsync(i => i.Score >= settings.GenericFrom, cancellationToken);
        var personal = await invitations.CountAsync(i => i.Score < settings.PersonalBelow, cancellationToken);
        return new SettingsPreview(settings.FlagThreshold, flagged, generic, personal, total);
    }

    private static async Task<Results<Ok<RuleView>, ValidationProblem, ProblemHttpResult>> ChangeRule(
        string id, RuleChangeRequest change, RuleChanges rules, CancellationToken cancellationToken)
    {
        var (view, error) = await rules.ChangeAsync(id, change.Enabled ?? true, change.Points, cancellationToken);
        return view is not null ? TypedResults.Ok(view)
            : error is null ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Rule not found", detail: $"There is no rule '{id}'.")
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["points"] = [error] });
    }

    private static async Task<IResult> ExportLists(InviteScreenDbContext db, CancellationToken cancellationToken)
    {
        var entries = await db.ListEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new ListEntry(e.Kind, e.Field, e.Value)).ToListAsync(cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ListCsv.Write(entries)), "text/csv; charset=utf-8", "lists.csv");
    }

    /// <summary>The body is a CSV file: its entries are added to the lists, all or none.</summary>
    private static async Task<Results<Ok<ListImportResult>, ValidationProblem>> ImportLists(HttpRequest request, ListChanges lists, CancellationToken cancellationToken)
    {
        using var body = new StreamReader(request.Body);
        using var reader = new StringReader(await body.ReadToEndAsync(cancellationToken));
        var (added, errors) = await lists.ImportAsync(reader, cancellationToken);
        return errors.Count == 0 ? TypedResults.Ok(new ListImportResult(added)) : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["csv"] = [.. errors] });
    }
}

public sealed record ListImportResult(int Added);
