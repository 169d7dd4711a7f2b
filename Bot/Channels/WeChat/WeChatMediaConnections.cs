using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;

namespace RightsBot.Channels.WeChat;

/// <summary>
/// The primary handler of the media client: no automatic redirects (<see cref="WeChatApi.DownloadAsync"/> follows them
/// itself, checking each), no proxy, no cookies, and connections only to public addresses: the host is resolved when
/// the connection is made, every address it resolves to must be public, and the socket connects to those checked
/// addresses, so neither a host name nor DNS rebinding leads to loopback, private, link-local, unique-local, CGNAT,
/// multicast or unspecified addresses (IPv4 or IPv6, IPv4-mapped included).
/// </summary>
public static class WeChatMediaConnections
{
    public static SocketsHttpHandler CreateHandler(bool blockPrivateAddresses) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = blockPrivateAddresses ? ConnectToPublicAsync : null,
    };

    /// <summary>Refusals are final: not retried, and not counted against the circuit breaker.</summary>
    public static void DoNotRetryRefusals(HttpStandardResilienceOptions options)
    {
        var retry = options.Retry.ShouldHandle;
        options.Retry.ShouldHandle = args => WeChatMediaRefusedException.IsIn(args.Outcome.Exception) ? ValueTask.FromResult(false) : retry(args);
        var breaker = options.CircuitBreaker.ShouldHandle;
        options.CircuitBreaker.ShouldHandle = args => WeChatMediaRefusedException.IsIn(args.Outcome.Exception) ? ValueTask.FromResult(false) : breaker(args);
    }

    /// <summary>Whether <paramref name="address"/> is a public unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        Span<byte> b = stackalloc byte[16];
        if (!address.TryWriteBytes(b, out var length))
        {
            return false;
        }

        if (length == 4)
        {
            return IsPublicIPv4(b[..4]);
        }

        // NAT64 (64:ff9b::/96) carries an IPv4 address; 6to4 (2002::/16) too.
        if (b[..12].SequenceEqual(Nat64Prefix))
        {
            return IsPublicIPv4(b[12..16]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicIPv4(b[2..6]);
        }

        // Only global unicast (2000::/3), less Teredo (2001::/32) and documentation (2001:db8::/32). This leaves out ::,
        // ::1, IPv4-compatible, fc00::/7, fe80::/10, fec0::/10 and ff00::/8.
        if ((b[0] & 0xE0) != 0x20)
        {
            return false;
        }

        return !(b[0] == 0x20 && b[1] == 0x01 && ((b[2] == 0 && b[3] == 0) || (b[2] == 0x0d && b[3] == 0xb8)));
    }

    private static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

    private static bool IsPublicIPv4(ReadOnlySpan<byte> b) => (b[0], b[1], b[2]) switch
    {
        (0, _, _) => false, // "this network", 0.0.0.0
        (10, _, _) => false,
        (100, >= 64 and <= 127, _) => false, // CGNAT
        (127, _, _) => false,
        (169, 254, _) => false,
        (172, >= 16 and <= 31, _) => false,
        (192, 0, 0) or (192, 0, 2) or (192, 88, 99) => false, // protocol assignments, documentation, 6to4 relay
        (192, 168, _) => false,
        (198, 18 or 19, _) => false, // benchmarking
        (198, 51, 100) or (203, 0, 113) => false, // documentation
        ( >= 224, _, _) => false, // multicast, reserved, broadcast
        _ => true,
    };

    private static async ValueTask<Stream> ConnectToPublicAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endpoint = context.DnsEndPoint;
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0 || !addresses.All(IsPublic))
        {
            throw new WeChatMediaRefusedException("The media host resolves to an address that is not public.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
