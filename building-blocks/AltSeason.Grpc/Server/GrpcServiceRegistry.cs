using Google.Protobuf.Reflection;

namespace AltSeason.Grpc;

/// <summary>The services mapped on this server, for reflection, health and the UNIMPLEMENTED fallback.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly List<ServiceDescriptor> _services = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<ServiceDescriptor> Services
    {
        get
        {
            lock (_lock)
            {
                return [.. _services];
            }
        }
    }

    internal bool FallbackMapped { get; set; }

    internal void Add(ServiceDescriptor service)
    {
        lock (_lock)
        {
            if (_services.Any(s => s.FullName == service.FullName))
            {
                throw new InvalidOperationException($"The gRPC service {service.FullName} is mapped twice.");
            }

            _services.Add(service);
        }
    }

    public bool Contains(string serviceName) => Services.Any(s => s.FullName == serviceName);
}
