using System.Threading.Channels;
using InviteScreen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tuning;

/// <summary>Starts re-scores: a new one supersedes any unfinished one, since it re-scores everything again.</summary>
public sealed class RescoreQueue(Screening.ScreeningWriteGate gate, TimeProvider clock)
{
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public async Task<RescoreJob> StartAsync(InviteScreenDbContext db, string reason, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await db.RescoreJobs.Where(j => j.State == RescoreState.Queued || j.State == RescoreState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, RescoreState.Superseded), cancellationToken);
        var job = new RescoreJob
        {
            State = RescoreState.Queued, Reason = reason.Length > 500 ? reason[..500] : reason,
            Total = await db.Invitations.CountAsync(cancellationToken), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.RescoreJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        Wake();
        return job;
    }

    internal void Wake() => wake.Writer.TryWrite(true);

    internal async Task WaitAsync(CancellationToken cancellationToken)
    {
        await wake.Reader.WaitToReadAsync(cancellationToken);
        wake.Reader.TryRead(out _);
    }
}
