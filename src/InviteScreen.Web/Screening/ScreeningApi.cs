using FluentValidation;
using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
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
        api.MapGet("/invitations", List);
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
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Invitation not found", detail: $"There is no invitation with id {id}.")
            : TypedResults.Ok((await InvitationResponse.FromAsync([invitation], db, scorer.Options.FlagThreshold, cancellationToken))[0]);
    }

    private static async Task<Results<Ok<InvitationPage>, ValidationProblem>> List(
        [AsParameters] InvitationListQuery query, InviteScreenDbContext db, GenericnessScorer scorer, CancellationToken cancellationToken)
    {
        if (!query.TryToFilter(out var filter, out var errors))
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

/// <summary>Query string of GET /api/invitations; enum values are matched case-insensitively ("generic", "Generic").</summary>
public sealed record InvitationListQuery(bool? Flagged, string? Verdict, string? Status, string? Q, int? Page, int? PageSize)
{
    public bool TryToFilter(out InvitationFilter filter, out Dictionary<string, string[]> errors)
    {
        errors = [];
        filter = new InvitationFilter { Flagged = Flagged, Q = Q, Page = Page ?? 1, PageSize = PageSize ?? 25 };
        filter.Verdict = Parse<Verdict>(Verdict, "verdict", errors);
        filter.Status = Parse<TriageStatus>(Status, "status", errors);
        return errors.Count == 0;
    }

    private static T? Parse<T>(string? value, string name, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors[name] = [$"'{value}' is not a {name}; use one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."];
        return null;
    }
}
