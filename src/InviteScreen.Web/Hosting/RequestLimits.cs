using System.Globalization;
using System.Threading.RateLimiting;
using InviteScreen.Web.Access;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace InviteScreen.Web.Hosting;

/// <summary>
/// Body size limit for forms and API (1 MB) and a per-client rate limit on /api (on by default beyond loopback
/// and behind a known proxy), keyed on the client address a known proxy reports.
/// </summary>
internal static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;
    public const string ApiPolicy = "api";
    public const int DefaultPermitsBeyondLoopback = 120;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        // Behind a known proxy the clients are beyond this machine too, even though the app listens on loopback.
        var servesOthers = ListenAddresses.AnyBeyondLoopback(ListenAddresses.From(builder.Configuration))
            || !string.IsNullOrWhiteSpace(builder.Configuration[KnownProxies.Key]) || builder.Configuration.GetSection(KnownProxies.Key).GetChildren().Any();
        var permitsPerMinute = builder.Configuration.GetValue<int?>("RateLimiting:ApiPermitsPerMinute")
            ?? (servesOthers ? DefaultPermitsBeyondLoopback : 0);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"The API accepts {permitsPerMinute} requests per minute per client; try again later.")
                    .ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(ApiPolicy, http => permitsPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }

    /// <summary>
    /// Refuses a declared body over the limit before anything reads it, with a ProblemDetails 413;
    /// Kestrel's own limit still stops chunked bodies that grow past it, with a 413 too. An endpoint carrying an
    /// <see cref="UploadLimit"/> gets its own, larger limit; every other request keeps the 1 MB one.
    /// Runs after routing, so the limit follows the endpoint whatever spelling of its path was used.
    /// </summary>
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var upload = HttpMethods.IsPost(context.Request.Method) ? context.GetEndpoint()?.Metadata.GetMetadata<UploadLimit>() : null;
            var limit = upload?.MaxBytes ?? MaxBodyBytes;
            if (upload is not null && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: upload is null ? "Request too large" : "File too large",
                    detail: upload is null
                        ? $"Requests are limited to {MaxBodyBytes / 1024 / 1024} MB."
                        : $"{upload.What} are limited to {Size(limit)}; this upload is {Size(context.Request.ContentLength.Value)}.")
                    .ExecuteAsync(context);
                return;
            }

            if (context.Request.ContentLength is null && context.Request.HasFormContentType && context.Features.Get<IExceptionHandlerFeature>() is null)
            {
                // A chunked form is read here, so going over the limit throws Kestrel's 413 to the error page;
                // read later by antiforgery, the same failure would be swallowed into a bare 400.
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        });

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB"
        : (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}

/// <summary>Endpoint metadata: the endpoint accepts bodies up to <see cref="MaxBytes"/> instead of the 1 MB limit.</summary>
public sealed record UploadLimit(long MaxBytes, string What);
