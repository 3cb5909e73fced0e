namespace InviteScreen.Web.Imports;

/// <summary>The <c>Import</c> configuration section.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest accepted upload; LinkedIn's Invitations.csv is a few MB even for heavy users.</summary>
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Rows stored per transaction: larger is faster, smaller lets pasted screenings in sooner.</summary>
    public int BatchSize { get; set; } = 2000;
}
