using System.Net;
using InviteScreen.Benchmarks.Load;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Hosting;

/// <summary>
/// The bounded form of the load test (the full run: <c>dotnet run -c Release --project tests/InviteScreen.Benchmarks -- load</c>):
/// 8 concurrent writers, readers on the dashboard, the real app on real Kestrel and a real SQLite file.
/// </summary>
public sealed class LoadTests
{
    [Fact]
    public async Task ConcurrentWritersAndReaders_NoServerErrorNoLockAndEveryAcknowledgedInvitationStored()
    {
        await using var app = new InviteScreenAppFactory();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };

        var report = await LoadRun.RunAsync(client, new LoadOptions(Invitations: 500, Writers: 8, Readers: 2, MaxDuration: TimeSpan.FromMinutes(3)), TestContext.Current.CancellationToken);

        Assert.Equal(0, report.ServerErrors);
        Assert.Equal(500, report.CreatedIds.Count);
        Assert.Equal(500, report.CreatedIds.Distinct().Count());
        Assert.True(report.Reads.Count > 0 && report.Health.Count > 0);
        Assert.Equal(500, app.WithDb(db => db.Invitations.Count()));
        Assert.DoesNotContain("database is locked", app.ReadLog(), StringComparison.OrdinalIgnoreCase);
    }
}
