using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Browser.Tests.Infrastructure;

/// <summary>The real app on real Kestrel, on 127.0.0.1 and a free port, with its own SQLite file and the real migrations.</summary>
internal sealed class KestrelApp : WebApplicationFactory<Program>
{
    private readonly string dataDirectory;
    private readonly (string Key, string Value)[] settings;

    public KestrelApp(string dataDirectory, params (string Key, string Value)[] settings)
    {
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath => Path.Combine(dataDirectory, "invitescreen.db");

    /// <summary>The address Kestrel bound, read back from the server once it has started.</summary>
    public Uri Address =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:InviteScreen", $"Data Source={DatabasePath}");
        builder.UseSetting("RateLimiting:ApiPermitsPerMinute", "0");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(dataDirectory, "logs", "invitescreen-.log"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
