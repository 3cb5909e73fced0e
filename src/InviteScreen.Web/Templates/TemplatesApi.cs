using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Templates;

/// <summary>/api/templates: the template groups, largest first, and one group with a page of its members.</summary>
public static class TemplatesApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/templates").WithTags("Templates").RequireRateLimiting(Hosting.RequestLimits.ApiPolicy);
        api.MapGet("", List);
        api.MapGet("/{id:long}", Get);
        return app;
    }

    private static async Task<Results<Ok<TemplatePage>, ValidationProblem>> List(
        int? page, int? pageSize, InviteScreenDbContext db, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (number, size) = Paging.Of(page, pageSize);
        var groups = await TemplateGroupSummary.Largest(db).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        var items = new List<TemplateResponse>(groups.Count);
        foreach (var group in groups)
        {
            items.Add(TemplateResponse.From(group, await TemplateGroupSummary.CommonTextAsync(db, group.Id, cancellationToken)));
        }

        return TypedResults.Ok(new TemplatePage(items, number, size, await TemplateGroupSummary.CountAsync(db, cancellationToken)));
    }

    private static async Task<Results<Ok<TemplateDetailResponse>, ValidationProblem, ProblemHttpResult>> Get(
        long id, int? page, int? pageSize, InviteScreenDbContext db, GenericnessScorer scorer, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var group = await TemplateGroupSummary.Query(db, id).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Template not found", detail: $"There is no template group with id {id}.");
        }

        var (number, size) = Paging.Of(page, pageSize);
        var members = await TemplateMembers.PageAsync(db, id, number, size, cancellationToken);
        var text = await TemplateGroupSummary.CommonTextAsync(db, id, cancellationToken);
        return TypedResults.Ok(new TemplateDetailResponse(
            TemplateResponse.From(group, text),
            [.. text.GapValues.Select(v => new GapValueResponse(v.Value, v.Copies))],
            new InvitationPage(await InvitationResponse.FromAsync(members, db, scorer.Options.FlagThreshold, cancellationToken), number, size, group.Invitations)));
    }

    private static class Paging
    {
        public static (int Page, int PageSize) Of(int? page, int? pageSize) => (page ?? 1, pageSize ?? 25);

        public static Dictionary<string, string[]>? Validate(int? page, int? pageSize)
        {
            var errors = new Dictionary<string, string[]>();
            if (page is < 1)
            {
                errors["page"] = ["page starts at 1."];
            }

            if (pageSize is < 1 or > MaxPageSize)
            {
                errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
            }

            return errors.Count == 0 ? null : errors;
        }
    }
}
