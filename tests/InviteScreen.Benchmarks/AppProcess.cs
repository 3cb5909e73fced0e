using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using InviteScreen.Web.Imports;

namespace InviteScreen.Benchmarks;

/// <summary>
/// The real app as a child process on 127.0.0.1 with its own SQLite file: started from the built
/// InviteScreen.Web.dll, driven over HTTP, and stopped gracefully or killed. Shared by the import, crash,
/// scale and load harnesses.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Process process;
    private readonly HttpClient client;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, HttpClient client)
    {
        this.process = process;
        this.client = client;
    }

    public int ProcessId => process.Id;

    public Uri Address => client.BaseAddress!;

    /// <summary>A client on the app's address, for harnesses that drive its API themselves.</summary>
    public HttpClient Client => client;

    /// <summary>What the app wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the app on a free loopback port with the given database and waits until /health answers.
    /// <paramref name="settings"/> (<c>--Key value</c> pairs) override the harness defaults.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string databasePath, IEnumerable<string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = StartInfo(databasePath, [], ["--urls", $"http://127.0.0.1:{port}", .. settings]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var app = new AppProcess(process, new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) });
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var health = await app.client.GetAsync("/health", cancellationToken);
                if (health.IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                await app.DisposeAsync();
                throw new InvalidOperationException($"The app did not become healthy within 60 s:\n{app.Output}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>A command-line run of the app (e.g. <c>seed</c>) with its output passed through; returns the exit code, peak memory and CPU time.</summary>
    public static async Task<AppRun> RunToEndAsync(string databasePath, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var start = StartInfo(databasePath, args, []);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakMemory(process.Id));
            cpu = CpuTimeOf(process.Id) is var now && now > cpu ? now : cpu;
            await Task.Delay(200, cancellationToken);
        }

        await process.WaitForExitAsync(cancellationToken);
        return new AppRun(process.ExitCode, peak, cpu);
    }

    /// <summary>Uploads the file through the Import page (antiforgery token and all) and returns the job id.</summary>
    public async Task<long> UploadAsync(string csvPath, CancellationToken cancellationToken)
    {
        var page = await client.GetStringAsync("/import", cancellationToken);
        var token = TokenPattern().Match(page).Groups[1].Value;
        await using var file = File.OpenRead(csvPath);
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { content, "Upload", "Invitations.csv" } };
        using var response = await client.PostAsync("/import", form, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    public async Task<ImportJobResponse> JobAsync(long id, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<ImportJobResponse>($"/api/imports/{id}", Json, cancellationToken))!;

    /// <summary>Polls the job until it is finished or <paramref name="until"/> says stop.</summary>
    public async Task<ImportJobResponse> WaitAsync(long id, Func<ImportJobResponse, bool> until, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var job = await JobAsync(id, cancellationToken);
            if (until(job) || job.Status is ImportStatus.Completed or ImportStatus.Failed)
            {
                return job;
            }

            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Import {id} still {job.Status} at row {job.RowsDone} after {timeout.TotalSeconds:F0} s.");
            }

            await Task.Delay(25, cancellationToken);
        }
    }

    /// <summary>The most resident memory the process has used (VmHWM), in bytes; 0 where /proc is not there.</summary>
    public long PeakMemoryBytes => PeakMemory(process.Id);

    /// <summary>CPU time the process has used (user + system): on a busy machine a steadier figure than wall time.</summary>
    public TimeSpan CpuTime => CpuTimeOf(process.Id);

    /// <summary>SIGKILL: no shutdown, no flush, no chance to finish the transaction.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>The command line: the app, <paramref name="command"/> (e.g. <c>seed</c>), the defaults, then <paramref name="settings"/>, which win.</summary>
    private static ProcessStartInfo StartInfo(string databasePath, IEnumerable<string> command, IEnumerable<string> settings)
    {
        var web = typeof(ImportJob).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(databasePath)!, UseShellExecute = false };
        foreach (var arg in (string[])[web, .. command, "--contentRoot", Path.GetDirectoryName(web)!, "--ConnectionStrings:InviteScreen", $"Data Source={databasePath}", "--Serilog:MinimumLevel:Default", "Warning", .. settings])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        return start;
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static long PeakMemory(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static TimeSpan CpuTimeOf(int pid)
    {
        try
        {
            // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name, in clock ticks (100 per second).
            var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>How a command-line run of the app ended; deconstructs as (exit code, peak bytes) as well.</summary>
public sealed record AppRun(int ExitCode, long PeakBytes, TimeSpan CpuTime)
{
    public void Deconstruct(out int exitCode, out long peakBytes) => (exitCode, peakBytes) = (ExitCode, PeakBytes);
}
