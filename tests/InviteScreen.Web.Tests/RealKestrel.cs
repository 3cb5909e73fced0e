using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests;

/// <summary>Starts the app on real Kestrel, for tests where the peer's socket address matters.</summary>
internal static class RealKestrel
{
    /// <summary>Listens on <paramref name="address"/> (a free port), or, when null, where the app's <c>urls</c> setting says.</summary>
    public static HttpClient Start(InviteScreenAppFactory app, IPAddress? address = null)
    {
        if (address is null)
        {
            app.UseKestrel();
        }
        else
        {
            app.UseKestrel(options => options.Listen(address, 0));
        }

        app.StartServer();
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(bound) };
    }
}
