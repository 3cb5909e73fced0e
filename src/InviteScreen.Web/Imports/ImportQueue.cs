using System.Threading.Channels;

namespace InviteScreen.Web.Imports;

/// <summary>Job ids waiting for the background importer.</summary>
public sealed class ImportQueue
{
    private readonly Channel<long> jobs = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(long jobId) => jobs.Writer.TryWrite(jobId);

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken cancellationToken) => jobs.Reader.ReadAllAsync(cancellationToken);
}
