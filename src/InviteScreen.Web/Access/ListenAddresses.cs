using System.Net;

namespace InviteScreen.Web.Access;

/// <summary>
/// The addresses the server is configured to listen on, read from the same settings Kestrel reads
/// (<c>Kestrel:Endpoints</c>, else <c>urls</c>/<c>--urls</c>/<c>ASPNETCORE_URLS</c>, <c>http_ports</c>, <c>https_ports</c>).
/// </summary>
public static class ListenAddresses
{
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).OfType<string>().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints;
        }

        var urls = Split(configuration["urls"]);
        return urls.Count > 0
            ? urls
            : [.. Split(configuration["http_ports"]).Select(p => $"http://*:{p}"), .. Split(configuration["https_ports"]).Select(p => $"https://*:{p}")];
    }

    /// <summary>Nothing configured means Kestrel's default, http://localhost:5000: loopback.</summary>
    public static bool AnyBeyondLoopback(IEnumerable<string> addresses) => addresses.Any(a => !IsLoopback(a));

    public static bool IsLoopback(string address)
    {
        var host = HostOf(address);
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    public static string HostOf(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? rest[1..close] : rest;
        }

        var end = rest.IndexOfAny([':', '/']);
        return end >= 0 ? rest[..end] : rest;
    }

    private static List<string> Split(string? value) =>
        [.. (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
