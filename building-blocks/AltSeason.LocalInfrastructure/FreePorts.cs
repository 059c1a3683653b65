using System.Net;
using System.Net.Sockets;

namespace AltSeason.LocalInfrastructure;

/// <summary>
/// Asks the kernel for unused loopback ports (bind to port 0, read it back, release it), never the same port twice in
/// one process: a port released by one pick is free again for the kernel to hand out, and a later pick (the AppHost
/// takes its services' ports, then the servers take theirs) once gave RabbitMQ the port a service was about to bind.
/// </summary>
public static class FreePorts
{
    static readonly HashSet<int> HandedOut = [];

    public static int[] Pick(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        // Every listener stays open until all are chosen, so the kernel cannot repeat a port within this pick either;
        // a port an earlier pick handed out is held as well and another one asked for.
        var listeners = new List<TcpListener>();
        var picked = new List<int>(count);
        try
        {
            lock (HandedOut)
            {
                while (picked.Count < count)
                {
                    var listener = new TcpListener(IPAddress.Loopback, 0);
                    listener.Start();
                    listeners.Add(listener);
                    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                    if (HandedOut.Add(port)) picked.Add(port);
                    else if (listeners.Count > count + 1_000)
                        throw new InvalidOperationException($"No unused loopback port after {listeners.Count} tries.");
                }
            }
            return [.. picked];
        }
        finally
        {
            foreach (var listener in listeners) listener.Stop();
        }
    }
}
