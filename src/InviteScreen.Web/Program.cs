using InviteScreen.Web.Access;
using InviteScreen.Web.Backups;
using InviteScreen.Web.Data;
using InviteScreen.Web.FlaggedSenders;
using InviteScreen.Web.Hosting;
using InviteScreen.Web.Imports;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Learning;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Seeding;
using InviteScreen.Web.Templates;
using InviteScreen.Web.Tuning;

if (args is ["hash-password", ..])
{
    return PasswordHashCommand.Run();
}

var builder = WebApplication.CreateBuilder(BackupCommands.WithoutCommand(args));

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

// What the user taught by marking notes generic or personal, and their own profile
builder.AddLearning();

// The user's settings, allow and block lists and rule changes, and the re-score each change starts
builder.AddTuning();

// LinkedIn export import, processed in the background
builder.AddImports();

// Backups, and the lock that tells a restore the app is running
builder.AddBackups();

var app = builder.Build();

app.UseWebDefaults();

// Pages, JSON API, CSV export, health
app.MapRazorPages();
app.MapScreeningApi();
app.MapLearningApi();
app.MapFlaggedSendersExport();
app.MapImportsApi();
app.MapTemplatesApi();
app.MapTuningApi();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi();

// Command-line tasks instead of the web server
if (args is ["restore", var source, ..])
{
    return await app.RunRestoreAsync(source);
}

if (!await app.MigrateDatabaseAsync())
{
    return 1;
}

await app.LoadTuningAsync();

if (args is ["backup", var target, ..])
{
    return await app.RunBackupAsync(target);
}

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
