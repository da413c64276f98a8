using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Server.Security;

/// <summary>
/// Decides whether the server may fetch a URL on a user's behalf (LOAD, SERVICE): only http(s), only under an
/// allow-listed prefix, and never to an address inside the machine or its network (loopback, link-local,
/// private, unique-local, carrier-grade NAT, unspecified, multicast), checked on every address the host name
/// resolves to so a public name pointing at 127.0.0.1 is refused too. An empty allow-list refuses everything.
/// </summary>
public sealed class UrlPolicy
{
    private readonly IReadOnlyList<string> _allowedPrefixes;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    public UrlPolicy(IReadOnlyList<string> allowedPrefixes, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null, bool allowInternalAddresses = false)
    {
        _allowedPrefixes = allowedPrefixes;
        _resolve = resolve ?? ((host, cancel) => Dns.GetHostAddressesAsync(host, cancel));
        AllowsInternalAddresses = allowInternalAddresses;
    }

    /// <summary>
    /// True only when configured so (SERVICE with <c>ServiceAllowPrivateNetworks</c>, for an endpoint on the same
    /// host or network): the allow-list still applies, the internal-address refusal does not.
    /// </summary>
    public bool AllowsInternalAddresses { get; }

    public bool IsEnabled => _allowedPrefixes.Count > 0;

    /// <summary>Null when the URL may be fetched, otherwise why not.</summary>
    public async Task<string?> CheckAsync(string url, CancellationToken cancel = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"'{url}' is not an absolute URL.";
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"'{url}': only http and https URLs may be fetched.";
        }

        if (!IsEnabled)
        {
            return $"'{url}': fetching URLs is turned off (no allow-list configured).";
        }

        // Compare the normalised form so '..' segments or case tricks cannot step out of an allowed prefix.
        var normalised = uri.AbsoluteUri;
        if (!_allowedPrefixes.Any(p => normalised.StartsWith(p, StringComparison.Ordinal)))
        {
            return $"'{url}' is not under an allow-listed prefix.";
        }

        IPAddress[] addresses;
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await _resolve(uri.IdnHost, cancel).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                return $"'{url}': host '{uri.IdnHost}' does not resolve ({e.SocketErrorCode}).";
            }
        }

        if (addresses.Length == 0)
        {
            return $"'{url}': host '{uri.IdnHost}' has no address.";
        }

        foreach (var address in addresses)
        {
            if (IsInternal(address) && !AllowsInternalAddresses)
            {
                return $"'{url}' resolves to {address}, an internal address (loopback, link-local or private), which is never fetched.";
            }
        }

        return null;
    }

    /// <summary>True for addresses a server must not be made to call.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] == 0 // "this network", 0.0.0.0
                || b[0] == 10
                || b[0] == 127
                || (b[0] == 100 && (b[1] & 0xC0) == 64) // 100.64.0.0/10 carrier-grade NAT
                || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
                || (b[0] == 172 && (b[1] & 0xF0) == 16)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0) // IETF protocol assignments
                || (b[0] == 198 && (b[1] & 0xFE) == 18) // benchmarking 198.18.0.0/15
                || b[0] >= 224; // multicast and reserved, broadcast
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            return address.Equals(IPAddress.IPv6None) // ::
                || address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC // fc00::/7 unique local
                || (b[0] == 0x20 && b[1] == 0x02) // 6to4 can wrap any IPv4 address
                || (b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b); // NAT64 64:ff9b::/96
        }

        return true;
    }
}
