using System.Text.Json.Serialization;
using InviteScreen.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InviteScreen.Web.Learning;

/// <summary>Feedback on stored invitations (sa-learn's learn buttons) and what the learned model knows.</summary>
public static class LearningApi
{
    public static IEndpointRouteBuilder MapLearningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Learning").RequireRateLimiting(Hosting.RequestLimits.ApiPolicy);
        api.MapPost("/invitations/{id:long}/feedback", Decide);
        api.MapDelete("/invitations/{id:long}/feedback", Forget);
        api.MapGet("/learning", (LearningState state) => TypedResults.Ok(state.Summary));
        api.MapPost("/learning/reset", Reset);
        return app;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Decide(
        long id, FeedbackInput input, DecisionRecorder decisions, CancellationToken cancellationToken)
    {
        if (FeedbackInput.Parse(input.Label) is not { } label)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["label"] = ["Label must be \"generic\" or \"personal\"."] });
        }

        return await decisions.DecideAsync(id, label, cancellationToken) ? TypedResults.NoContent() : NotFound(id);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Forget(long id, DecisionRecorder decisions, CancellationToken cancellationToken) =>
        await decisions.ForgetAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<NoContent> Reset(DecisionRecorder decisions, CancellationToken cancellationToken)
    {
        await decisions.ResetAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Invitation not found", detail: $"There is no invitation with id {id}.");
}

/// <summary>The body of a feedback request: <c>{"label": "generic"|"personal"}</c>.</summary>
public sealed record FeedbackInput([property: JsonPropertyName("label")] string? Label)
{
    public static DecisionLabel? Parse(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        "generic" => DecisionLabel.Generic,
        "personal" => DecisionLabel.Personal,
        _ => null,
    };
}
