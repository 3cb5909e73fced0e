using System.Threading.Channels;

namespace InviteScreen.Web.Learning;

/// <summary>Tells the worker that decisions or the profile changed; requests in a burst fold into one relearn.</summary>
public sealed class LearningSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Relearn() => channel.Writer.TryWrite(true);

    internal ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => channel.Reader.WaitToReadAsync(cancellationToken);

    internal void Take() => channel.Reader.TryRead(out _);
}
