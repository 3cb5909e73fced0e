using InviteScreen.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HostFiltering;
using Serilog;

namespace InviteScreen.Web.Access;

/// <summary>
/// Loopback: no sign-in for requests from this computer unless asked for. Beyond loopback, and for any request
/// a proxy forwards: the owner's cookie, or an API key for machines.
/// </summary>
public static class AccessSetup
{
    private const string Selector = "Access";

    public static AccessPlan AddAccess(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AccessSettings.Section).Get<AccessSettings>() ?? new AccessSettings();
        var passwordFile = Path.Combine(builder.Environment.ContentRootPath, settings.OwnerPasswordFile);
        var plan = AccessPlan.Decide(ListenAddresses.From(builder.Configuration), settings, OwnerPassword.IsStored(passwordFile));
        KnownProxies proxies;
        try
        {
            proxies = KnownProxies.From(builder.Configuration);
        }
        catch (FormatException bad)
        {
            return plan with { Refusal = $"Refusing to start: {bad.Message}" };
        }

        if (builder.Configuration["AllowedHosts"] is null)
        {
            builder.Services.Configure<HostFilteringOptions>(options => options.AllowedHosts = DefaultAllowedHosts.For(plan));
        }

        builder.Services.AddSingleton(proxies);
        builder.Services.AddSingleton(plan);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new OwnerPassword(settings, passwordFile));
        builder.Services.AddSingleton<SignInLockout>();
        builder.Services.AddSingleton<SessionStamp>();
        builder.Services.AddSessionKeys(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, null, options => options.ForwardDefaultSelector = context =>
                AccessProblems.IsForMachines(context.Request) && context.Request.Headers.ContainsKey(ApiKeyAuthentication.Header)
                    ? ApiKeyAuthentication.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCookie(options =>
            {
                options.Cookie.Name = "InviteScreen.Owner";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.LoginPath = "/login";
                options.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
                options.Events.OnRedirectToLogin = context =>
                {
                    if (AccessProblems.IsForMachines(context.Request))
                    {
                        return string.IsNullOrEmpty(settings.ApiKey) && !plan.SignInRequired
                            ? AccessProblems.WriteLocalOnlyAsync(context.HttpContext)
                            : AccessProblems.WriteUnauthorizedAsync(context.HttpContext);
                    }

                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            });
        // Checked per request: without sign-in, a loopback app still asks it of requests from beyond this computer.
        builder.Services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true
                || (!plan.SignInRequired && context.Resource is HttpContext http && ClientOrigin.IsLocalRequest(http)))
            .Build());
        return plan;
    }

    /// <summary>Says in one log line why the app will not start; the caller exits non-zero.</summary>
    public static int RefuseToStart(this WebApplicationBuilder builder, string reason)
    {
        using var logger = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
        logger.Fatal("{Reason}", reason);
        return 1;
    }

    /// <summary>
    /// Outside Development: HSTS (never sent for localhost or over plain HTTP) and, when the app serves HTTPS
    /// at all, redirection to it; a plain-HTTP app has nowhere to redirect to.
    /// </summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<AccessPlan>().ListensBeyondLoopback && !ServesHttps(app.Configuration))
        {
            app.Logger.LogWarning("Listening beyond loopback over plain HTTP: the password and session cookie cross the network unencrypted. Serve HTTPS, or put a TLS proxy in front.");
        }

        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        app.UseHsts();
        if (ServesHttps(app.Configuration))
        {
            app.UseHttpsRedirection();
        }

        return app;
    }

    private static bool ServesHttps(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["https_port"])
        || ListenAddresses.From(configuration).Any(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase));

    public static WebApplication AnnounceSetupToken(this WebApplication app)
    {
        var plan = app.Services.GetRequiredService<AccessPlan>();
        var owner = app.Services.GetRequiredService<OwnerPassword>();
        if (owner.SetupToken is { } token)
        {
            app.Logger.LogWarning("No owner password is set. Open /setup and enter the one-time setup token {SetupToken} to choose one.", token);
        }

        return app;
    }
}
