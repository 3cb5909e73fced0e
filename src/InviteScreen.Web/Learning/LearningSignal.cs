using System.Threading.Channels;

namespace InviteScreen.Web.Learning;

/// <summary>
/// Tells the worker that decisions or the profile changed; requests in a burst fold into one relearn. Counts requests
/// and finished relearns, so a caller can wait until what it asked for is learned.
/// </summary>
public sealed class LearningSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private long requested;
    private long learned;
    private int rescoreWanted;

    /// <param name="rescore">
    /// Whether the relearn re-scores the untriaged invitations; false when the caller re-scores the whole history
    /// itself (a rule change). Requests that fold into one relearn re-score if any of them asks.
    /// </param>
    public void Relearn(bool rescore = true)
    {
        if (rescore)
        {
            Volatile.Write(ref rescoreWanted, 1);
        }

        Interlocked.Increment(ref requested);
        channel.Writer.TryWrite(true);
    }

    /// <summary>Whether a relearn taken since the last call asked for a re-score; resets it.</summary>
    internal bool TakeRescore() => Interlocked.Exchange(ref rescoreWanted, 0) == 1;

    /// <summary>Whether every relearn asked for so far has finished, re-score included.</summary>
    public bool IsIdle => Volatile.Read(ref learned) >= Volatile.Read(ref requested);

    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (!IsIdle)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>Whether a newer relearn is waiting: the running re-score would be redone, so it may stop.</summary>
    internal bool Pending => channel.Reader.TryPeek(out _);

    internal ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => channel.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Takes the pending request; returns how many requests the coming relearn answers.</summary>
    internal long Take()
    {
        channel.Reader.TryRead(out _);
        return Volatile.Read(ref requested);
    }

    internal void Learned(long upTo) => Volatile.Write(ref learned, Math.Max(Volatile.Read(ref learned), upTo));
}
