using System.Diagnostics;

namespace InviteScreen.Web.Tests.Access;

/// <summary>Starts the real built app as a process, as an operator would, and watches it refuse.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task Start_OnAnyAddressWithNoOwnerPassword_ExitsNonZeroSayingWhyInOneLine()
    {
        var (exitCode, output) = await RunAppAsync("--urls", BeyondLoopback.AnyAddress);

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Refusing to start", line, StringComparison.Ordinal);
        Assert.Contains(BeyondLoopback.AnyAddress, line, StringComparison.Ordinal);
        Assert.Contains("Access:OwnerPasswordHash", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAMalformedPasswordHash_ExitsNonZeroNamingTheSetting()
    {
        var (exitCode, output) = await RunAppAsync("--urls", BeyondLoopback.AnyAddress, "--Access:OwnerPasswordHash", "plain-text-password");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Access:OwnerPasswordHash is not a password hash", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnADatabaseThatCannotBeWritten_ExitsNonZeroSayingWhyInOneLine()
    {
        var (exitCode, output) = await RunAppAsync("--ConnectionStrings:InviteScreen", "Data Source=/proc/invitescreen-unwritable.db");

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.Contains("FTL", StringComparison.Ordinal));
        Assert.Contains("cannot be opened for writing", line, StringComparison.Ordinal);
        Assert.Contains("/proc/invitescreen-unwritable.db", line, StringComparison.Ordinal);
    }

    internal static async Task<(int ExitCode, string Output)> RunAppAsync(params string[] args)
    {
        var directory = Directory.CreateTempSubdirectory("invitescreen-refusal-");
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            };
            foreach (var arg in (string[])[
                Path.Combine(AppContext.BaseDirectory, "InviteScreen.Web.dll"),
                "--contentRoot", directory.FullName,
                "--ConnectionStrings:InviteScreen", $"Data Source={Path.Combine(directory.FullName, "app.db")}",
                "--Serilog:Using:0", "Serilog.Sinks.Console",
                "--Serilog:WriteTo:0:Name", "Console",
                .. args])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
