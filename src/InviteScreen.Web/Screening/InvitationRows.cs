using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using InviteScreen.Scoring.Templates;
using InviteScreen.Web.Data;

namespace InviteScreen.Web.Screening;

/// <summary>
/// Prepared INSERTs for invitations, their findings and their band keys, inside the caller's transaction.
/// The invitation row is written at once (later notes of the batch may join its group); findings and band
/// keys are read by no one until the batch ends, so they go in multi-row statements.
/// </summary>
internal sealed class InvitationRows : IAsyncDisposable
{
    // The text form EF Core's SQLite provider uses for DateTime, so stored rows compare and sort alike.
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private readonly DbCommand invitation;
    private readonly MultiRowInsert findings;
    private readonly MultiRowInsert bands;

    public InvitationRows(DbTransaction transaction)
    {
        using (var cache = transaction.Connection!.CreateCommand())
        {
            // Band keys and natural keys land on random pages of large indexes: the default 2 MB cache thrashes.
            // Each batch dirties most of those pages again; checkpointing every 128 MB instead of every batch or
            // two copies a page into the database once for several batches (a sixth fewer bytes written per import).
            cache.Transaction = transaction;
            cache.CommandText = "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 32768";
            cache.ExecuteNonQuery();
        }

        invitation = transaction.Connection!.CreateCommand();
        invitation.Transaction = transaction;
        invitation.CommandText = """
            INSERT INTO Invitations (SenderName, Headline, ProfileUrl, Message, SenderKey, Score, Verdict, Flagged, TopRules, Status,
                ScreenedAt, SentAt, ImportKey, Fingerprint, TemplateGroupId, MassTemplateSenders, SameSenderRepeats, MutualConnections)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17)
            """;
        for (var p = 0; p < 18; p++)
        {
            var parameter = invitation.CreateParameter();
            parameter.ParameterName = $"$p{p}";
            invitation.Parameters.Add(parameter);
        }

        invitation.Prepare();
        findings = new MultiRowInsert(transaction, "Findings", "InvitationId", "RuleId", "Category", "Field", "Start", "Length", "Text", "Points", "Explanation", "Suggestion");
        bands = new MultiRowInsert(transaction, "TemplateBands", "Key", "InvitationId");
    }

    /// <summary>Inserts the invitation (setting its id) and queues its findings and band keys.</summary>
    public async Task InsertAsync(Invitation i, TemplateFingerprint? fingerprint, CancellationToken cancellationToken)
    {
        object?[] values =
        [
            i.SenderName, i.Headline, i.ProfileUrl, i.Message, i.SenderKey, i.Score, i.Verdict.ToString(), i.Flagged, i.TopRules, i.Status.ToString(),
            Text(i.ScreenedAt), i.SentAt is { } sent ? Text(sent) : null, i.ImportKey, i.Fingerprint, i.TemplateGroupId, i.MassTemplateSenders, i.SameSenderRepeats, i.MutualConnections,
        ];
        for (var p = 0; p < values.Length; p++)
        {
            invitation.Parameters[p].Value = values[p] ?? DBNull.Value;
        }

        await invitation.ExecuteNonQueryAsync(cancellationToken);
        // RETURNING costs more than the insert itself here; the connection already knows the new id.
        i.Id = SQLitePCL.raw.sqlite3_last_insert_rowid(((SqliteConnection)invitation.Connection!).Handle);
        foreach (var f in i.Findings)
        {
            f.InvitationId = i.Id;
            findings.Add(f.InvitationId, f.RuleId, f.Category, f.Field.ToString(), f.Start, f.Length, f.Text, f.Points, f.Explanation, f.Suggestion);
        }

        foreach (var key in fingerprint?.BandKeys.Distinct() ?? [])
        {
            bands.Add(key, i.Id);
        }
    }

    public void Flush()
    {
        findings.Flush();
        bands.Flush();
    }

    public async ValueTask DisposeAsync()
    {
        await invitation.DisposeAsync();
        findings.Dispose();
        bands.Dispose();
    }

    private static string Text(DateTime value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);
}
