using System.Net;
using System.Net.Sockets;

namespace AltSeason.Cli.Tests.Support;

public static class ClosedPort
{
    /// <summary>An address on 127.0.0.1 where nothing listens: a port the OS just handed out and took back.</summary>
    public static Uri Address()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
