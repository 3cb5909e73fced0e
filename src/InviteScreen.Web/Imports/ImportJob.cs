namespace InviteScreen.Web.Imports;

/// <summary>One upload of LinkedIn's Invitations.csv and how far its background import got.</summary>
public sealed class ImportJob
{
    public long Id { get; set; }
    public string FileName { get; set; } = "";

    /// <summary>The saved upload under App_Data/imports, relative to that folder.</summary>
    public string StoredFileName { get; set; } = "";

    public ImportStatus Status { get; set; }

    /// <summary>Data rows in the file (records, not lines: quoted fields may span lines); null until counted.</summary>
    public int? TotalRows { get; set; }

    /// <summary>Rows handled so far, committed with the invitations they produced: a resumed job skips them.</summary>
    public int RowsDone { get; set; }

    public int Imported { get; set; }
    public int Duplicates { get; set; }
    public int OutgoingSkipped { get; set; }
    public int BadRows { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string? Error { get; set; }

    /// <summary>Said on the job page while and after the import runs, e.g. that the file was not UTF-8.</summary>
    public string? Warning { get; set; }

    public List<ImportBadRow> BadRowList { get; set; } = [];
}

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>A row the import could not use, and why.</summary>
public sealed class ImportBadRow
{
    public long Id { get; set; }
    public long ImportJobId { get; set; }
    public int LineNumber { get; set; }
    public string Reason { get; set; } = "";
}
