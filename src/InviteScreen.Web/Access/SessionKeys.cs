using InviteScreen.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace InviteScreen.Web.Access;

/// <summary>
/// The Data Protection keys that sign cookies and antiforgery tokens: kept in a <c>keys</c> folder beside the
/// database (or at <c>DataProtection:KeysPath</c>) that only the app's user can open, under an application name
/// made from the database path. Another instance on this machine, with another database, cannot read this one's
/// cookies; a restart keeps them valid.
/// </summary>
internal static class SessionKeys
{
    public const string KeysPathKey = "DataProtection:KeysPath";

    public static IServiceCollection AddSessionKeys(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseFile, ILoggerFactory>((options, database, logs) =>
            options.XmlRepository = RepositoryIn(FolderFor(configuration, contentRoot, database), logs));
        services.AddOptions<DataProtectionOptions>().Configure<DatabaseFile>((options, database) =>
            options.ApplicationDiscriminator = $"InviteScreen:{database.Path}");
        return services;
    }

    public static string FolderFor(IConfiguration configuration, string contentRoot, DatabaseFile database) =>
        configuration[KeysPathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(Path.Combine(contentRoot, configured))
            : Path.Combine(database.Directory, "keys");

    /// <summary>
    /// An unwritable folder must not end the start-up in a stack trace: the keys then last this run only, and the
    /// database check that follows names the real problem (the folder usually holds the database too).
    /// </summary>
    private static IXmlRepository RepositoryIn(string folder, ILoggerFactory logs)
    {
        try
        {
            return new FileSystemXmlRepository(PrivateFolder(folder), logs);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logs.CreateLogger(typeof(SessionKeys)).LogWarning(
                "Cannot write the keys folder {Folder} ({Reason}); sign-ins last until the app stops.", folder, exception.Message);
            return new InMemoryKeyRepository();
        }
    }

    private static DirectoryInfo PrivateFolder(string path)
    {
        var folder = Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        return folder;
    }
}
