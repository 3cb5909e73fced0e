using System.Net;

namespace InviteScreen.Web.Access;

/// <summary>
/// <c>Access:KnownProxies</c>: the reverse proxies whose Forwarded/X-Forwarded-* headers are believed, as single
/// addresses or networks ("127.0.0.1", "10.0.0.0/8"), in a list or one string separated by ';' or ','.
/// Nobody else's forwarding headers are believed, loopback included.
/// </summary>
public sealed class KnownProxies
{
    public const string Key = "Access:KnownProxies";

    private KnownProxies(IReadOnlyList<IPAddress> addresses, IReadOnlyList<IPNetwork> networks)
    {
        Addresses = addresses;
        Networks = networks;
    }

    public IReadOnlyList<IPAddress> Addresses { get; }
    public IReadOnlyList<IPNetwork> Networks { get; }
    public bool Any => Addresses.Count > 0 || Networks.Count > 0;

    /// <exception cref="FormatException">An entry is neither an address nor a network.</exception>
    public static KnownProxies From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Key);
        var entries = (section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(e => e.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var addresses = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        foreach (var entry in entries)
        {
            if (IPAddress.TryParse(entry, out var address) && !entry.Contains('/', StringComparison.Ordinal))
            {
                addresses.Add(Plain(address));
            }
            else if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new FormatException($"{Key} entry \"{entry}\" is neither an IP address nor a network like 10.0.0.0/8.");
            }
        }

        return new KnownProxies(addresses, networks);
    }

    public bool Contains(IPAddress? peer) =>
        peer is not null && (Addresses.Contains(Plain(peer)) || Networks.Any(n => n.Contains(Plain(peer))));

    /// <summary>Kestrel reports IPv4 peers on a dual-stack socket as ::ffff:a.b.c.d.</summary>
    private static IPAddress Plain(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
