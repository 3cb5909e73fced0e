using System.Net.Http.Json;
using InviteScreen.Web.Data;
using InviteScreen.Web.Learning;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace InviteScreen.Web.Tests;

/// <summary>
/// The real app on a fresh temporary SQLite file, migrated at start-up as in production.
/// Extra settings (e.g. <c>urls</c> beyond loopback, <c>Access:*</c>) simulate other deployments.
/// </summary>
public sealed class InviteScreenAppFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "invitescreen-tests", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly string environment;

    public InviteScreenAppFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal InviteScreenAppFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Testing")
    {
        this.settings = settings;
        this.environment = environment;
    }

    public string DatabasePath => Path.Combine(directory, "invitescreen.db");

    public string OwnerPasswordFile => Path.Combine(directory, "owner-password.hash");

    public CapturedLog Log { get; } = new();

    /// <summary>Everything the app logged so far, one line per event as the configured sinks print it.</summary>
    public string ReadLog() => Log.Text;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:InviteScreen", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Access:OwnerPasswordFile", OwnerPasswordFile);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(directory, "logs", "invitescreen-.log"));
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<InvitationResponse> StoreAsync(InvitationInput input)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/invitations", input, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<InvitationResponse>(Json.Options, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Waits until every relearn asked for so far, and its re-score, has finished.</summary>
    public Task LearnedAsync() => Services.GetRequiredService<LearningSignal>().WhenIdleAsync(TestContext.Current.CancellationToken);

    public T WithDb<T>(Func<InviteScreenDbContext, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<InviteScreenDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
