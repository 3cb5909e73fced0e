namespace InviteScreen.Web.Screening;

/// <summary>
/// One screening is stored at a time: the template look-up and the write must see each other's results,
/// and SQLite has a single writer anyway.
/// </summary>
public sealed class ScreeningWriteGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Release(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
