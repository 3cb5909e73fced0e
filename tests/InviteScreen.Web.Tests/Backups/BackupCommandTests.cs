using System.Net.Http.Json;
using InviteScreen.Benchmarks;
using InviteScreen.Web.Screening;
using Microsoft.Data.Sqlite;

namespace InviteScreen.Web.Tests.Backups;

/// <summary>
/// The real app as a process under write load; <c>backup</c> and <c>restore</c> as an operator runs them, from the
/// command line, each as a process of its own.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("invitescreen-backup-").FullName;

    private string DatabasePath => Path.Combine(directory, "invitescreen.db");

    [Fact]
    public async Task Backup_WhileTheAppWrites_IsConsistentAndRestoresOnceTheAppIsStopped()
    {
        var backup = Path.Combine(directory, "backup.db");
        int written, inBackup, refusedWhileRunning;
        await using (var app = await AppProcess.StartAsync(DatabasePath, [], TestContext.Current.CancellationToken))
        {
            using var client = new HttpClient { BaseAddress = app.Address };
            using var stopLoad = new CancellationTokenSource();
            var load = WriteUntilStoppedAsync(client, stopLoad.Token);
            await WriteAsync(client, "before backup");

            var (backedUp, _) = await AppProcess.RunToEndAsync(DatabasePath, ["backup", backup], TestContext.Current.CancellationToken);
            await stopLoad.CancelAsync();
            written = await load;
            (refusedWhileRunning, _) = await AppProcess.RunToEndAsync(DatabasePath, ["restore", backup], TestContext.Current.CancellationToken);

            Assert.Equal(0, backedUp);
            inBackup = Count(backup);
            Assert.Equal("ok", Scalar(backup, "PRAGMA integrity_check"));
            Assert.Equal(0L, Scalar(backup, "SELECT count(*) FROM Invitations i WHERE NOT EXISTS (SELECT 1 FROM Findings f WHERE f.InvitationId = i.Id) AND i.Score > 0"));
        }

        var afterLoad = Count(DatabasePath);
        var (restored, _) = await AppProcess.RunToEndAsync(DatabasePath, ["restore", backup], TestContext.Current.CancellationToken);

        Assert.NotEqual(0, refusedWhileRunning);
        Assert.InRange(inBackup, 1, afterLoad);
        Assert.True(written > 0 && afterLoad >= written);
        Assert.Equal(0, restored);
        Assert.Equal(inBackup, Count(DatabasePath));
        Assert.Single(Directory.GetFiles(directory, "invitescreen.db.before-restore-*"));
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNotAnInviteScreenDatabase_IsRefusedAndChangesNothing()
    {
        var notADatabase = Path.Combine(directory, "notes.txt");
        await File.WriteAllTextAsync(notADatabase, "hello", TestContext.Current.CancellationToken);
        await using (var app = await AppProcess.StartAsync(DatabasePath, [], TestContext.Current.CancellationToken))
        {
            using var client = new HttpClient { BaseAddress = app.Address };
            await WriteAsync(client, "kept");
        }

        var (exitCode, _) = await AppProcess.RunToEndAsync(DatabasePath, ["restore", notADatabase], TestContext.Current.CancellationToken);

        Assert.NotEqual(0, exitCode);
        Assert.Equal(1, Count(DatabasePath));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<int> WriteUntilStoppedAsync(HttpClient client, CancellationToken stop)
    {
        var written = 0;
        while (!stop.IsCancellationRequested)
        {
            await WriteAsync(client, $"load {written}");
            written++;
        }

        return written;
    }

    private static async Task WriteAsync(HttpClient client, string note)
    {
        var response = await client.PostAsJsonAsync("/api/invitations",
            new InvitationInput { SenderName = $"Sender {Guid.NewGuid():N}", Message = $"{Invitations.Generic().Message} ({note})" }, CancellationToken.None);
        response.EnsureSuccessStatusCode();
    }

    private static int Count(string path) => (int)(long)Scalar(path, "SELECT count(*) FROM Invitations")!;

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
