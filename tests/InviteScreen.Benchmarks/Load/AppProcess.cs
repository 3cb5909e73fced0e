using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InviteScreen.Benchmarks.Load;

/// <summary>The built web app as a child process on 127.0.0.1 and a free port, with its own temporary SQLite file and log.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, Uri address, string directory)
    {
        this.process = process;
        Address = address;
        Directory = directory;
    }

    public Uri Address { get; }
    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, "invitescreen.db");

    /// <summary>Console output plus the log file: where a "database is locked" would show.</summary>
    public string Log
    {
        get
        {
            lock (output)
            {
                var logs = System.IO.Directory.Exists(Path.Combine(Directory, "logs"))
                    ? string.Concat(System.IO.Directory.GetFiles(Path.Combine(Directory, "logs")).Select(ReadShared))
                    : "";
                return output + logs;
            }
        }
    }

    public static async Task<AppProcess> StartAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("invitescreen-load-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        foreach (var arg in (string[])[
            Path.Combine(AppContext.BaseDirectory, "InviteScreen.Web.dll"),
            "--contentRoot", AppContext.BaseDirectory,
            "--urls", address.ToString(),
            "--ConnectionStrings:InviteScreen", $"Data Source={Path.Combine(directory, "invitescreen.db")}",
            "--Serilog:WriteTo:1:Args:path", Path.Combine(directory, "logs", "invitescreen-.log")])
        {
            start.ArgumentList.Add(arg);
        }

        var app = new AppProcess(Process.Start(start)!, address, directory);
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not answer /health within 30 s:\n{Log}");
    }

    private void Append(string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
