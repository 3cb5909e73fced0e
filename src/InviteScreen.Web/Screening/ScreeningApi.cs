using FluentValidation;
using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Learning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Screening;

/// <summary>/api/score (stateless) and /api/invitations (stored screenings).</summary>
public static class ScreeningApi
{
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Screening").RequireRateLimiting(Hosting.RequestLimits.ApiPolicy);
        api.MapPost("/score", Score);
        api.MapPost("/invitations", Create);
        api.MapGet("/invitations/{id:long}", Get).WithName("GetInvitation");
        api.MapGet("/invitations", List).WithFilterQueryDocs();
        api.MapPatch("/invitations/{id:long}", ChangeStatus);
        api.MapDelete("/invitations/{id:long}", MoveToTrash);
        api.MapPost("/invitations/{id:long}/restore", Restore);
        return app;
    }

    private static async Task<Results<Ok<ScoreResponse>, ValidationProblem>> Score(
        InvitationInput input, IValidator<InvitationInput> validator, InvitationScreener screener, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        return validation.IsValid
            ? TypedResults.Ok(ScoreResponse.From(screener.Score(input)))
            : TypedResults.ValidationProblem(validation.ToCamelCaseDictionary());
    }

    private static async Task<Results<Created<InvitationResponse>, ValidationProblem>> Create(
        InvitationInput input, IValidator<InvitationInput> validator, InvitationScreener screener, InviteScreenDbContext db, GenericnessScorer scorer, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToCamelCaseDictionary());
        }

        var invitation = await screener.ScreenAndStoreAsync(input, cancellationToken);
        return TypedResults.Created($"/api/invitations/{invitation.Id}", (await InvitationResponse.FromAsync([invitation], db, scorer.Options.FlagThreshold, cancellationToken))[0]);
    }

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> Get(
        long id, InviteScreenDbContext db, GenericnessScorer scorer, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.AsNoTracking().Include(i => i.Findings).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return invitation is null
            ? NotFound(id)
            : TypedResults.Ok((await InvitationResponse.FromAsync([invitation], db, scorer.Options.FlagThreshold, cancellationToken))[0]);
    }

    /// <summary>Triage through the API: the same action as the dashboard's buttons, a report included.</summary>
    private static async Task<Results<Ok<InvitationResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatus(
        long id, StatusChange change, DecisionRecorder decisions, InviteScreenDbContext db, GenericnessScorer scorer, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<TriageStatus>(change.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(change.Status, out _))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = [$"'{change.Status}' is not a status; use one of: {string.Join(", ", Enum.GetNames<TriageStatus>().Select(n => n.ToLowerInvariant()))}."],
            });
        }

        return await decisions.TriageAsync(Triage.ToSet(status), [id], cancellationToken) == 0
            ? NotFound(id)
            : (await Get(id, db, scorer, cancellationToken)).Result switch { Ok<InvitationResponse> ok => ok, var other => (ProblemHttpResult)other };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MoveToTrash(long id, DecisionRecorder decisions, CancellationToken cancellationToken) =>
        await decisions.TriageAsync(TriageAction.Delete, [id], cancellationToken) == 0 ? NotFound(id) : TypedResults.NoContent();

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> Restore(
        long id, DecisionRecorder decisions, InviteScreenDbContext db, GenericnessScorer scorer, CancellationToken cancellationToken) =>
        await decisions.TriageAsync(TriageAction.Restore, [id], cancellationToken) == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Invitation not in the trash", detail: $"There is no trashed invitation with id {id}.")
            : (await Get(id, db, scorer, cancellationToken)).Result switch { Ok<InvitationResponse> ok => ok, var other => (ProblemHttpResult)other };

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Invitation not found", detail: $"There is no invitation with id {id}.");

    /// <summary>The dashboard's filters, read the dashboard's way; "status=trashed" lists the trash.</summary>
    private static async Task<Results<Ok<InvitationPage>, ValidationProblem>> List(
        HttpRequest request, InviteScreenDbContext db, GenericnessScorer scorer, CancellationToken cancellationToken)
    {
        var filter = InvitationFilterQuery.Parse(request.Query, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var filtered = await filter.ApplyAsync(db, cancellationToken);
        var total = await MatchCount.CountAsync(db, filter, filtered, cancellationToken);
        var items = await filter.Sorted(filtered)
            .Skip((filter.SafePage - 1) * filter.SafePageSize)
            .Take(filter.SafePageSize)
            .ToListAsync(cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        var findings = (await db.Findings.AsNoTracking().Where(f => ids.Contains(f.InvitationId)).OrderBy(f => f.Id).ToListAsync(cancellationToken))
            .ToLookup(f => f.InvitationId);
        items.ForEach(i => i.Findings = [.. findings[i.Id]]);
        return TypedResults.Ok(new InvitationPage(
            await InvitationResponse.FromAsync(items, db, scorer.Options.FlagThreshold, cancellationToken), filter.SafePage, filter.SafePageSize, total.Value, total.IsLowerBound));
    }

    internal static Dictionary<string, string[]> ToCamelCaseDictionary(this FluentValidation.Results.ValidationResult result) =>
        result.Errors
            .GroupBy(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
}

/// <summary>Body of PATCH /api/invitations/{id}.</summary>
public sealed record StatusChange(string? Status);
