using InviteScreen.Web.Access;
using InviteScreen.Web.Data;
using InviteScreen.Web.FlaggedSenders;
using InviteScreen.Web.Hosting;
using InviteScreen.Web.Imports;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Seeding;
using InviteScreen.Web.Templates;

if (args is ["hash-password", ..])
{
    return PasswordHashCommand.Run();
}

var builder = WebApplication.CreateBuilder(args);

// Access: loopback needs no sign-in; beyond it, the owner's password or an API key, else no start
var access = builder.AddAccess();
if (access.Refusal is { } refusal)
{
    return builder.RefuseToStart(refusal);
}

// Logging, JSON, errors as ProblemDetails, validation, request limits
builder.AddWebDefaults();

// Scoring engine and the SQLite database
builder.AddScoring();
builder.AddDatabase();
builder.AddDashboard();

// LinkedIn export import, processed in the background
builder.AddImports();

var app = builder.Build();

app.UseWebDefaults();

// Pages, JSON API, CSV export, health
app.MapRazorPages();
app.MapScreeningApi();
app.MapFlaggedSendersExport();
app.MapImportsApi();
app.MapTemplatesApi();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi();

await app.MigrateDatabaseAsync();

// Command-line tasks instead of the web server
if (args is ["seed", ..])
{
    await app.RunSeedAsync(args);
    return 0;
}

if (args is ["regroup", ..])
{
    await app.RunRegroupAsync();
    return 0;
}

await app.WarnIfRegroupDueAsync();

await app.RunAsync();
return 0;
