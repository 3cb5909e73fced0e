using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

/// <summary>Deleting is moving to the trash: restorable until purged after <see cref="RetentionDays"/> days or on "Empty trash".</summary>
public static class Trash
{
    public const int RetentionDays = 30;

    public static IQueryable<Invitation> Trashed(InviteScreenDbContext db) =>
        db.Invitations.IgnoreQueryFilters().Where(i => i.DeletedAt != null);

    public static Task<int> MoveAsync(InviteScreenDbContext db, IReadOnlyCollection<long> ids, DateTime now, CancellationToken cancellationToken) =>
        db.Invitations.Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.DeletedAt, now), cancellationToken);

    public static Task<int> RestoreAsync(InviteScreenDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        Trashed(db).Where(i => ids.Contains(i.Id)).ExecuteUpdateAsync(s => s.SetProperty(i => i.DeletedAt, (DateTime?)null), cancellationToken);

    /// <summary>
    /// Deletes for good what was trashed before <paramref name="trashedBefore"/> (everything trashed when null). It holds
    /// the write gate, so a re-score or regroup batch never loses rows from under it.
    /// </summary>
    public static async Task<int> PurgeAsync(InviteScreenDbContext db, ScreeningWriteGate gate, DateTime? trashedBefore, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        var doomed = trashedBefore is { } before ? Trashed(db).Where(i => i.DeletedAt < before) : Trashed(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Findings first, while their invitation is still marked trashed, so the rule counts are not taken down twice.
        await db.Findings.Where(f => doomed.Select(i => i.Id).Contains(f.InvitationId)).ExecuteDeleteAsync(cancellationToken);
        var purged = await doomed.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return purged;
    }
}
