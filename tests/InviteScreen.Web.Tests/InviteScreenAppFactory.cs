using System.Net.Http.Json;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests;

/// <summary>The real app on a fresh temporary SQLite file, migrated at start-up as in production.</summary>
public sealed class InviteScreenAppFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "invitescreen-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(directory, "invitescreen.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:InviteScreen", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<InvitationResponse> StoreAsync(InvitationInput input)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/invitations", input, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<InvitationResponse>(Json.Options, TestContext.Current.CancellationToken))!;
    }

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
