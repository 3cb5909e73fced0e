using InviteScreen.Web.Data;

namespace InviteScreen.Web.Imports;

/// <summary>Uploaded files live in an <c>imports</c> folder beside the database, so moving the database moves them too.</summary>
public sealed class ImportFiles(DatabaseFile database)
{
    public string Folder { get; } = Path.Combine(database.Directory, "imports");

    public string PathOf(ImportJob job) => Path.Combine(Folder, job.StoredFileName);
}
