using System.Net;
using System.Net.Sockets;

namespace AltSeason.LocalInfrastructure;

/// <summary>Asks the kernel for unused loopback ports (bind to port 0, read it back, release it).</summary>
public static class FreePorts
{
    public static int[] Pick(int count)
    {
        // Hold every listener until all are chosen so the kernel cannot hand out the same port twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var l in listeners) l.Start();
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var l in listeners) l.Stop();
        }
    }
}
