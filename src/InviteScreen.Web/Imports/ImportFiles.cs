using Microsoft.Data.Sqlite;

namespace InviteScreen.Web.Imports;

/// <summary>Uploaded files live in an <c>imports</c> folder beside the database, so moving the database moves them too.</summary>
public sealed class ImportFiles(IConfiguration configuration, IHostEnvironment environment)
{
    public string Folder { get; } = FolderFor(configuration, environment);

    public string PathOf(ImportJob job) => Path.Combine(Folder, job.StoredFileName);

    private static string FolderFor(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(Data.DatabaseSetup.ConnectionStringName) ?? "Data Source=App_Data/invitescreen.db";
        var database = new SqliteConnectionStringBuilder(configured).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(environment.ContentRootPath, database)))!;
        return Path.Combine(directory, "imports");
    }
}
