namespace InviteScreen.Benchmarks.Imports;

/// <summary>
/// Seeding speed: runs the app's own <c>seed --count N</c> command on a temporary database (its output shows
/// progress and rate) and adds the process's peak memory. Usage: seed [--count N] [--keep path]
/// </summary>
public static class SeedHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Options.Int(args, "--count", 100_000);
        var directory = Directory.CreateTempSubdirectory("invitescreen-seed-").FullName;
        try
        {
            var (exitCode, peak, cpu) = await AppProcess.RunToEndAsync(Path.Combine(directory, "invitescreen.db"), ["seed", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)], CancellationToken.None);
            Console.WriteLine($"Seed process peak memory (VmHWM): {peak / 1024 / 1024:N0} MB; CPU time {cpu.TotalSeconds:F1} s ({count / Math.Max(0.1, cpu.TotalSeconds):N0} invitations per CPU second)");
            return exitCode;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
