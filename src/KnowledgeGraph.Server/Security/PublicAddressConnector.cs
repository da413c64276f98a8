using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Server.Security;

/// <summary>
/// The connect step of every outgoing request the server makes for a user (LOAD, SERVICE): the host name is resolved
/// here and the socket opened to an address <see cref="UrlPolicy.IsInternal"/> does not refuse, so a name that
/// resolved to a public address when the URL was checked and resolves to 127.0.0.1 now (DNS rebinding) is still
/// refused. Used as <see cref="SocketsHttpHandler.ConnectCallback"/>.
/// </summary>
public static class PublicAddressConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(context);
        var addresses = IPAddress.TryParse(context.DnsEndPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancel).ConfigureAwait(false);
        var allowed = addresses.FirstOrDefault(a => !UrlPolicy.IsInternal(a))
            ?? throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to loopback, link-local or private addresses, which the server never calls.");
        var socket = new Socket(allowed.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(allowed, context.DnsEndPoint.Port), cancel).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
