using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace InviteScreen.Web.Access;

/// <summary>
/// Where a request really comes from, decided before anything else reads the client address. Forwarding headers
/// (Forwarded, X-Forwarded-*, X-Real-IP) are applied only from a <see cref="KnownProxies">known proxy</see>;
/// from any other peer, loopback included, they mark the request as remote, so a proxy on this machine
/// never passes strangers off as the owner.
/// </summary>
public sealed class ClientOrigin
{
    internal ClientOrigin(bool isLocal, bool viaKnownProxy, bool namedClient)
    {
        IsLocal = isLocal;
        ViaKnownProxy = viaKnownProxy;
        NamedClient = namedClient;
    }

    /// <summary>The request comes from this computer: a loopback peer (or an in-process one) that forwards nobody.</summary>
    public bool IsLocal { get; internal set; }

    public bool ViaKnownProxy { get; }

    /// <summary>The request arrived with an X-Forwarded-For header.</summary>
    internal bool NamedClient { get; }

    public static bool IsLocalRequest(HttpContext http) => http.Features.Get<ClientOrigin>()?.IsLocal == true;

}

internal static class ClientOriginSetup
{
    public static IApplicationBuilder UseClientOrigin(this IApplicationBuilder app, KnownProxies proxies)
    {
        var forwarding = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = null,
        };
        forwarding.KnownProxies.Clear();
        forwarding.KnownIPNetworks.Clear();
        foreach (var address in proxies.Addresses)
        {
            forwarding.KnownProxies.Add(address);
        }

        foreach (var network in proxies.Networks)
        {
            forwarding.KnownIPNetworks.Add(network);
        }

        app.Use((context, next) =>
        {
            var peer = context.Connection.RemoteIpAddress;
            var forwarded = CarriesForwarding(context.Request.Headers);
            var viaProxy = forwarded && proxies.Contains(peer);
            var namedClient = !string.IsNullOrWhiteSpace(context.Request.Headers[ForwardedHeadersDefaults.XForwardedForHeaderName]);
            // No peer address: the in-process test host, or a Unix socket, which only this machine can reach.
            var local = !forwarded && (peer is null || IsLoopback(peer));
            context.Features.Set(new ClientOrigin(local, viaProxy, namedClient));
            return next(context);
        });

        // Only ever run for a known proxy: with no proxies listed, the middleware would believe everyone.
        app.UseWhen(context => context.Features.Get<ClientOrigin>()!.ViaKnownProxy, proxied => proxied
            .UseForwardedHeaders(forwarding)
            .Use((context, next) =>
            {
                // Local only if the proxy named its client and every hop it listed was a known proxy.
                var client = context.Connection.RemoteIpAddress;
                var origin = context.Features.Get<ClientOrigin>()!;
                origin.IsLocal = origin.NamedClient && !context.Request.Headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName)
                    && client is not null && IsLoopback(client);
                return next(context);
            }));
        return app;
    }

    /// <summary>A dual-stack socket reports 127.0.0.1 as ::ffff:127.0.0.1.</summary>
    private static bool IsLoopback(IPAddress address) => IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static bool CarriesForwarding(IHeaderDictionary headers) =>
        headers.ContainsKey("Forwarded") || headers.ContainsKey("X-Real-IP")
        || headers.Keys.Any(name => name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase));
}
