using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using InviteScreen.Web.Access;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Serilog;

namespace InviteScreen.Web.Hosting;

internal static class WebDefaults
{
    public static WebApplicationBuilder AddWebDefaults(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host logs through its own logger, never a static one another host replaced.
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services),
            preserveStaticLogger: true);

        builder.Services.AddRazorPages();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["requestId"] = context.HttpContext.TraceIdentifier);
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.AddExceptionHandler<DatabaseBusyHandler>();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddValidatorsFromAssemblyContaining<InvitationInputValidator>();
        builder.AddRequestLimits();
        return builder;
    }

    public static WebApplication UseWebDefaults(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseClientOrigin(app.Services.GetRequiredService<KnownProxies>());
        // Outside the exception handler, so each request is logged once with the status the client really got.
        app.UseRequestLogging();
        app.UseTransportSecurity();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = StatusFor,
            // The request log already says a client erred or hung up; a stack trace would only bury real failures.
            SuppressDiagnosticsCallback = context => ClientErrors.IsClientSide(context.HttpContext, context.Exception)
                || DatabaseFaults.IsTransient(context.Exception),
        });
        // A browser gets a page for an unknown address or invitation; the API and other clients get ProblemDetails.
        app.UseWhen(WantsPage, branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(context => !WantsPage(context), branch => branch.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseBodySizeLimit();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.AnnounceSetupToken();
        app.StopIfOpenBeyondLoopback();
        return app;
    }

    private static bool WantsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>A body over the limit or a malformed request is the client's error, not a 500.</summary>
    private static int StatusFor(Exception exception) =>
        ClientErrors.Find(exception)?.StatusCode
        ?? (DatabaseFaults.IsTransient(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
}
