using Microsoft.OpenApi;

namespace InviteScreen.Web.Invitations;

/// <summary>
/// The filters' query parameters in the OpenAPI document. The endpoints read the raw query through
/// <see cref="InvitationFilterQuery.Parse"/>, so the document would otherwise list none of them.
/// </summary>
internal static class FilterQueryDocs
{
    private static readonly (string Name, string Description)[] Parameters =
    [
        ("verdict", "personal, mixed or generic (any case)"),
        ("flagged", "true or false"),
        ("status", "new, accepted, ignored, reported, all, or trashed for the trash"),
        ("minScore", "0-100"),
        ("maxScore", "0-100, not below minScore"),
        ("from", "screened on or after, yyyy-MM-dd"),
        ("to", "screened on or before, yyyy-MM-dd"),
        ("sentFrom", "sent on or after, yyyy-MM-dd"),
        ("sentTo", "sent on or before, yyyy-MM-dd"),
        ("q", "words and word starts, accents ignored"),
        ("inTemplate", "true or false"),
        ("template", "a template group's id"),
        ("sort", "newest, oldest, scoreHigh, scoreLow, sentNewest or sentOldest"),
        ("page", "from 1"),
        ("pageSize", "up to 100"),
    ];

    public static TBuilder WithFilterQueryDocs<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description) in Parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name, In = ParameterLocation.Query, Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });
}
