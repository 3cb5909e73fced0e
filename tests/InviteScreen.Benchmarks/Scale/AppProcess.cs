using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InviteScreen.Benchmarks.Scale;

/// <summary>The built web app as its own process on a SQLite file: for seeding, and for memory figures of a real server.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;

    private AppProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Peak resident memory of the server so far (VmHWM on Linux).</summary>
    public long PeakWorkingSet
    {
        get
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
    }

    /// <summary>Runs the app's own <c>seed</c> command: the real scorer and batch writer, as a user would.</summary>
    public static async Task SeedAsync(string databasePath, int count)
    {
        using var seed = Process.Start(StartInfo(databasePath, "seed", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        await seed.WaitForExitAsync();
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException($"The seed command failed with exit code {seed.ExitCode}.");
        }
    }

    public static async Task<AppProcess> StartAsync(string databasePath)
    {
        var port = FreePort();
        var info = StartInfo(databasePath, "--urls", $"http://127.0.0.1:{port}");
        info.RedirectStandardOutput = true;
        var app = new AppProcess(Process.Start(info)!, new Uri($"http://127.0.0.1:{port}"));
        app.process.OutputDataReceived += (_, _) => { };
        app.process.BeginOutputReadLine();
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri(app.Address, "/health"))).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        await app.DisposeAsync();
        throw new InvalidOperationException("The app did not answer /health within a minute.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string databasePath, params string[] args)
    {
        var workingDirectory = Path.Combine(Path.GetTempPath(), "invitescreen-scale-app");
        Directory.CreateDirectory(workingDirectory);
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "InviteScreen.Web.exe" : "InviteScreen.Web"))
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ConnectionStrings__InviteScreen"] = $"Data Source={databasePath}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        return info;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
