using Microsoft.Data.Sqlite;

namespace InviteScreen.Benchmarks.Load;

/// <summary>
/// load [--invitations 10000] [--writers 8] [--readers 4] [--max-minutes 15]: starts the built app on 127.0.0.1
/// with a temporary SQLite file, runs <see cref="LoadRun"/> against it and checks what the store holds afterwards.
/// Exits 1 on any 5xx or transport error, a "database is locked" in the log, or a row count that differs
/// from the acknowledged 201s.
/// </summary>
internal static class LoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new LoadOptions(
            Options.Int(args, "--invitations", 10_000), Options.Int(args, "--writers", 8), Options.Int(args, "--readers", 4),
            TimeSpan.FromMinutes(Options.Int(args, "--max-minutes", 15)));
        Console.WriteLine($"Load: {options.Invitations:N0} invitations, {options.Writers} writers, {options.Readers} readers, " +
            $"{Environment.ProcessorCount} cores, at most {options.MaxDuration.TotalMinutes:N0} min");

        var directory = Directory.CreateTempSubdirectory("invitescreen-load-").FullName;
        try
        {
            return await RunAsync(options, Path.Combine(directory, "invitescreen.db"), Path.Combine(directory, "logs"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<int> RunAsync(LoadOptions options, string database, string logs)
    {
        // Information, so the request log shows every request and any "database is locked" among them.
        await using var app = await AppProcess.StartAsync(
            database, ["--Serilog:MinimumLevel:Default", "Information", "--Serilog:WriteTo:1:Args:path", Path.Combine(logs, "invitescreen-.log")], CancellationToken.None);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Writers + options.Readers + 1 })
        {
            BaseAddress = app.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var report = await LoadRun.RunAsync(client, options, CancellationToken.None);
        var stored = CountStored(database);
        var log = app.Output + string.Concat(Directory.Exists(logs) ? Directory.GetFiles(logs).Select(ReadShared) : []);
        var logLines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var locked = log.Contains("database is locked", StringComparison.OrdinalIgnoreCase);

        foreach (var line in report.Lines())
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Stored rows: {stored:N0}; 5xx or transport errors: {report.ServerErrors}; \"database is locked\" in the log ({logLines:N0} lines read): {(locked ? "yes" : "no")}");
        var passed = report.ServerErrors == 0 && logLines > 0 && !locked && stored == report.CreatedIds.Count && report.CreatedIds.Count == options.Invitations;
        Console.WriteLine(passed ? "PASS" : "FAIL");
        return passed ? 0 : 1;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }

    private static long CountStored(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Invitations";
        return (long)command.ExecuteScalar()!;
    }
}
