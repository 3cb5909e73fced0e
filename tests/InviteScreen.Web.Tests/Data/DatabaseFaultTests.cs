using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using InviteScreen.Web.Data;
using InviteScreen.Web.Imports;
using InviteScreen.Web.Tests.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Data;

/// <summary>Another process holds the write lock, or the file turns read-only for a while: 503s, retries, and recovery.</summary>
public sealed class DatabaseFaultTests
{
    private static InviteScreenAppFactory App() => new(new Dictionary<string, string?> { ["Database:BusyTimeoutSeconds"] = "1" });

    [Fact]
    public async Task Api_WriteWhileAnotherProcessHoldsTheLock_Is503WithRetryAfterThenWorks()
    {
        await using var app = App();
        using var client = app.CreateClient();
        HttpResponseMessage locked;
        using (HoldWriteLock(app.DatabasePath))
        {
            locked = await client.PostAsJsonAsync("/api/invitations", Invitations.Generic(), TestContext.Current.CancellationToken);
        }

        var after = await client.PostAsJsonAsync("/api/invitations", Invitations.Generic(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
        Assert.NotNull(locked.Headers.RetryAfter);
        Assert.Equal("application/problem+json", locked.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        Assert.Equal(1, app.WithDb(db => db.Invitations.Count()));
    }

    [Fact]
    public async Task Page_WriteWhileLocked_Is503ErrorPageWithRetryAfter()
    {
        await using var app = App();
        using var client = app.CreateBrowserLikeClient();
        using var page = await client.GetAsync("/", TestContext.Current.CancellationToken);
        HttpResponseMessage response;
        using (HoldWriteLock(app.DatabasePath))
        {
            response = await Forms.PostAsync(client, "/", "/", new Dictionary<string, string> { ["Input.Message"] = Invitations.Generic().Message! });
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("nothing was stored", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_SaysWhetherWritesWork()
    {
        await using var app = App();
        using var client = app.CreateClient();
        HttpStatusCode whileLocked;
        using (HoldWriteLock(app.DatabasePath))
        {
            whileLocked = (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileLocked);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Import_WhileAnotherProcessHoldsTheLock_WaitsKeepsItsUploadAndFinishes()
    {
        await using var app = App();
        using var client = app.CreateBrowserLikeClient();
        var files = app.Services.GetRequiredService<ImportFiles>();
        Directory.CreateDirectory(files.Folder);
        var job = new ImportJob { FileName = "Invitations.csv", StoredFileName = "locked.csv", Status = ImportStatus.Queued, CreatedAt = DateTime.UtcNow };
        await File.WriteAllTextAsync(files.PathOf(job), "From,To,Sent At,Message,Direction\n"
            + string.Concat(Enumerable.Range(1, 5).Select(i => $"Sender {i},Me,\"1/29/26, 2:3{i} PM\",Hello number {i},INCOMING\n")), TestContext.Current.CancellationToken);
        await app.WithDbAsync(async db =>
        {
            db.ImportJobs.Add(job);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        using (HoldWriteLock(app.DatabasePath))
        {
            app.Services.GetRequiredService<ImportQueue>().Enqueue(job.Id);
            await WaitForLogAsync(app, $"Import {job.Id} paused");
            Assert.True(File.Exists(files.PathOf(job)));
        }

        var done = await ImportClient.WaitAsync(client, job.Id);

        Assert.Equal((ImportStatus.Completed, 5), (done.Status, done.Imported));
        Assert.Equal(5, app.WithDb(db => db.Invitations.Count()));
    }

    [Fact]
    public async Task Writes_AfterTheFileWasReadOnlyForAWhile_WorkAgain()
    {
        await using var app = App();
        using var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/invitations", Invitations.Generic(), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        if (!Chattr("+i", app.DatabasePath))
        {
            Assert.Skip("Needs chattr (root on ext4) to make the file read-only for the app's user.");
        }

        HttpStatusCode readOnlyWrite, readOnlyHealth;
        try
        {
            // New connections now open the file read-only, as SQLite does when it may not write it.
            SqliteConnection.ClearAllPools();
            await client.GetAsync("/api/invitations", TestContext.Current.CancellationToken);
            readOnlyWrite = (await client.PostAsJsonAsync("/api/invitations", Invitations.Generic(), TestContext.Current.CancellationToken)).StatusCode;
            readOnlyHealth = (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode;
        }
        finally
        {
            Chattr("-i", app.DatabasePath);
        }

        var writable = await client.PostAsJsonAsync("/api/invitations", Invitations.Personal(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readOnlyWrite);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readOnlyHealth);
        Assert.Equal(HttpStatusCode.Created, writable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    /// <summary>Another process's write transaction: BEGIN IMMEDIATE on a connection of its own, held until disposed.</summary>
    internal static SqliteConnection HoldWriteLock(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        command.ExecuteNonQuery();
        return connection;
    }

    private static async Task WaitForLogAsync(InviteScreenAppFactory app, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!app.ReadLog().Contains(text, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The log never said \"{text}\".");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
