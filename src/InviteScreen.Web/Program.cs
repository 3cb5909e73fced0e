using InviteScreen.Web.Data;
using InviteScreen.Web.FlaggedSenders;
using InviteScreen.Web.Hosting;
using InviteScreen.Web.Imports;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Seeding;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Logging, JSON, errors as ProblemDetails, validation
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
app.MapHealthChecks("/health");
app.MapOpenApi();

await app.MigrateDatabaseAsync();

// Command-line tasks instead of the web server
if (args is ["seed", ..])
{
    await app.RunSeedAsync(args);
    return;
}

await app.RunAsync();
await Log.CloseAndFlushAsync();
