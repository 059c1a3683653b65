using System.Net;
using System.Net.Sockets;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>A port nobody listens on right now: the gRPC endpoint needs a known port to tell it from the HTTP one.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
