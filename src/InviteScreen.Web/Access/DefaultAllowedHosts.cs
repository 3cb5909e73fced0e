using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace InviteScreen.Web.Access;

/// <summary>
/// The Host names accepted when <c>AllowedHosts</c> is not set. On loopback: loopback names and the loopback
/// address the app listens on, so a hostile page cannot rebind its own domain to 127.0.0.1. With sign-in: this
/// machine's own names and addresses too, so a forged Host never ends up in a redirect; a public name behind a
/// proxy has to be listed in <c>AllowedHosts</c>.
/// </summary>
internal static class DefaultAllowedHosts
{
    public static List<string> For(AccessPlan plan)
    {
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        hosts.AddRange(plan.Addresses.Select(ListenAddresses.HostOf).Where(h => h is not ("*" or "+" or "0.0.0.0" or "::" or "")).Select(Bracketed));
        if (plan.SignInRequired)
        {
            hosts.AddRange(MachineNames());
        }

        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static List<string> MachineNames()
    {
        var names = new List<string> { Dns.GetHostName() };
        try
        {
            names.AddRange(NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address)
                .Where(a => a.AddressFamily == AddressFamily.InterNetwork || (a.AddressFamily == AddressFamily.InterNetworkV6 && a.ScopeId == 0))
                .Select(a => Bracketed(a.ToString())));
        }
        catch (NetworkInformationException)
        {
            // Without the interface list only the names above are accepted; AllowedHosts can list more.
        }

        return names;
    }

    private static string Bracketed(string host) =>
        IPAddress.TryParse(host, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
}
