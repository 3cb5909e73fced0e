using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Invitations;

public enum TriageAction
{
    Accept,
    Ignore,
    Report,
    Reset,
    Delete,
    Restore,
}

public static class Triage
{
    /// <summary>Applies one action to the given invitations in a single statement; returns how many changed.</summary>
    public static Task<int> ApplyAsync(InviteScreenDbContext db, TriageAction action, IReadOnlyCollection<long> ids, DateTime now, CancellationToken cancellationToken)
    {
        var selected = db.Invitations.Where(i => ids.Contains(i.Id));
        return action switch
        {
            TriageAction.Delete => Trash.MoveAsync(db, ids, now, cancellationToken),
            TriageAction.Restore => Trash.RestoreAsync(db, ids, cancellationToken),
            _ => selected.ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, StatusAfter(action)), cancellationToken),
        };
    }

    public static TriageAction ToSet(TriageStatus status) => status switch
    {
        TriageStatus.Accepted => TriageAction.Accept,
        TriageStatus.Ignored => TriageAction.Ignore,
        TriageStatus.Reported => TriageAction.Report,
        _ => TriageAction.Reset,
    };

    private static TriageStatus StatusAfter(TriageAction action) => action switch
    {
        TriageAction.Accept => TriageStatus.Accepted,
        TriageAction.Ignore => TriageStatus.Ignored,
        TriageAction.Report => TriageStatus.Reported,
        _ => TriageStatus.New,
    };
}
