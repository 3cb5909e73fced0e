using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace InviteScreen.Benchmarks.Load;

/// <summary>What one load run does: N invitations from W writers while R readers browse, bounded in time.</summary>
public sealed record LoadOptions(int Invitations, int Writers, int Readers, TimeSpan MaxDuration);

/// <summary>Latencies and outcomes of one kind of request.</summary>
public sealed class LoadStats(string name)
{
    private readonly ConcurrentBag<double> milliseconds = [];
    private readonly ConcurrentDictionary<int, int> statuses = new();

    public string Name { get; } = name;
    public int Count => milliseconds.Count;
    public int Failures => statuses.Where(s => s.Key is 0 or >= 500).Sum(s => s.Value);
    public IReadOnlyDictionary<int, int> Statuses => statuses;

    public void Record(TimeSpan elapsed, int status)
    {
        milliseconds.Add(elapsed.TotalMilliseconds);
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public string Describe(TimeSpan elapsed) =>
        $"{Name,-28} {Count,7:N0} requests {Count / elapsed.TotalSeconds,8:N1} req/s   p50 {Percentile(0.50),7:N1} ms   p99 {Percentile(0.99),7:N1} ms   " +
        string.Join(" ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "error" : s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}×{s.Value}"));
}

public sealed record LoadReport(LoadStats Writes, LoadStats Reads, LoadStats Health, IReadOnlyCollection<long> CreatedIds, TimeSpan Elapsed)
{
    public int ServerErrors => Writes.Failures + Reads.Failures + Health.Failures;

    public IEnumerable<string> Lines() =>
    [
        $"{CreatedIds.Count:N0} invitations acknowledged with 201 in {Elapsed.TotalSeconds:N1} s",
        Writes.Describe(Elapsed),
        Reads.Describe(Elapsed),
        Health.Describe(Elapsed),
    ];
}

/// <summary>
/// The client side of the load test, against any base address (a child process or an in-process Kestrel):
/// writers POST /api/invitations until N are acknowledged, readers alternate the dashboard and the list API,
/// one client times GET /health, all in the same window.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadReport> RunAsync(HttpClient client, LoadOptions options, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.MaxDuration);
        var writes = new LoadStats("POST /api/invitations");
        var reads = new LoadStats("GET /invitations + /api/...");
        var health = new LoadStats("GET /health");
        var created = new ConcurrentBag<long>();
        var issued = 0;
        var watch = Stopwatch.StartNew();

        var writers = Enumerable.Range(0, options.Writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            while (Interlocked.Increment(ref issued) <= options.Invitations && !deadline.IsCancellationRequested)
            {
                var (status, response) = await TimeAsync(writes, () => client.PostAsJsonAsync("/api/invitations", LoadInvitations.Next(random), deadline.Token));
                if (status == (int)HttpStatusCode.Created && response is not null)
                {
                    created.Add(long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
                }

                response?.Dispose();
            }
        }, CancellationToken.None)).ToArray();
        var writing = Task.WhenAll(writers);

        var readers = Enumerable.Range(0, options.Readers).Select(r => Task.Run(async () =>
        {
            for (var i = r; !writing.IsCompleted && !deadline.IsCancellationRequested; i++)
            {
                var url = (i % 3) switch { 0 => "/invitations", 1 => "/api/invitations?pageSize=25", _ => "/invitations?flagged=true&sort=score" };
                (await TimeAsync(reads, () => client.GetAsync(url, deadline.Token))).Response?.Dispose();
            }
        }, CancellationToken.None));
        var prober = Task.Run(async () =>
        {
            while (!writing.IsCompleted && !deadline.IsCancellationRequested)
            {
                (await TimeAsync(health, () => client.GetAsync("/health", deadline.Token))).Response?.Dispose();
            }
        }, CancellationToken.None);

        await Task.WhenAll([writing, prober, .. readers]);
        return new LoadReport(writes, reads, health, created, watch.Elapsed);
    }

    /// <summary>Times one request, reading its whole body; a transport error or timeout counts as status 0.</summary>
    private static async Task<(int Status, HttpResponseMessage? Response)> TimeAsync(LoadStats stats, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await send();
            await response.Content.LoadIntoBufferAsync();
            stats.Record(Stopwatch.GetElapsedTime(started), (int)response.StatusCode);
            return ((int)response.StatusCode, response);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            stats.Record(Stopwatch.GetElapsedTime(started), 0);
            return (0, null);
        }
    }
}
