using System.Net;
using System.Net.Sockets;
using AltSeason.LocalInfrastructure;

namespace AltSeason.Foundation.Tests.Infrastructure;

public sealed class FreePortsTests
{
    [Fact]
    public void Never_hands_out_a_port_twice_even_after_releasing_it()
    {
        // The AppHost picks its services' ports, releases them, then the servers pick theirs: the kernel may hand a
        // released port out again (RabbitMQ once took a service's port). A thousand single picks over the ~28,000
        // ephemeral ports would repeat some port about 18 times over if nothing remembered them.
        var ports = Enumerable.Range(0, 1_000).SelectMany(_ => FreePorts.Pick(1)).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }

    [Fact]
    public void Picked_ports_are_free_to_bind()
    {
        foreach (var port in FreePorts.Pick(5))
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
    }
}
