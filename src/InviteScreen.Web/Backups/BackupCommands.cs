using InviteScreen.Web.Data;

namespace InviteScreen.Web.Backups;

/// <summary>The command-line side: <c>backup &lt;file&gt;</c> and <c>restore &lt;file&gt;</c>, each exiting with 0 on success.</summary>
internal static class BackupCommands
{
    /// <summary>
    /// The arguments the configuration reads: without "backup &lt;file&gt;" or "restore &lt;file&gt;", since a path such as
    /// /var/backups/x.db looks like a /switch and would take the next setting as its value.
    /// </summary>
    public static string[] WithoutCommand(string[] args) => args is ["backup" or "restore", _, .. var settings] ? settings : args;

    public static WebApplicationBuilder AddBackups(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<RunningInstance>();
        return builder;
    }

    public static Task<int> RunBackupAsync(this WebApplication app, string target) =>
        DatabaseBackup.BackupAsync(app.Services.GetRequiredService<DatabaseFile>(), target, Console.Out);

    /// <summary>Restores, then brings the restored database up to this version's migrations.</summary>
    public static async Task<int> RunRestoreAsync(this WebApplication app, string source)
    {
        var restored = await DatabaseBackup.RestoreAsync(app.Services.GetRequiredService<DatabaseFile>(), source, Console.Out);
        return restored == 0 && await app.MigrateDatabaseAsync() ? 0 : 1;
    }
}
