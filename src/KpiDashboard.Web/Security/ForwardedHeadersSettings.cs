using System.Net;

namespace KpiDashboard.Web.Security;

/// <summary>Security:ForwardedHeaders: the proxies (addresses) and networks (CIDR) whose X-Forwarded-For and X-Forwarded-Proto
/// are believed. Loopback is always trusted; a header from any other address is ignored.</summary>
public sealed class ForwardedHeadersSettings
{
    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    public IEnumerable<string> Problems(string section)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return $"{section}:KnownProxies: \"{proxy}\" is not an IP address.";
        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return $"{section}:KnownNetworks: \"{network}\" is not a network in CIDR notation (10.0.0.0/8).";
    }
}
