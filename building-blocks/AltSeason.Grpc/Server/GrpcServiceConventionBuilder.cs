using Microsoft.AspNetCore.Builder;

namespace AltSeason.Grpc;

/// <summary>
/// Conventions for the endpoints of one gRPC service: <see cref="Add"/> applies to every method,
/// <see cref="ForMethod"/> to one, e.g. <c>.ForMethod("Import", m =&gt; m.RequireAuthorization("ingest"))</c>.
/// </summary>
public sealed class GrpcServiceConventionBuilder(string serviceName, IReadOnlyDictionary<string, IEndpointConventionBuilder> methods)
    : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var method in methods.Values)
        {
            method.Add(convention);
        }
    }

    public GrpcServiceConventionBuilder ForMethod(string methodName, Action<IEndpointConventionBuilder> configure)
    {
        if (!methods.TryGetValue(methodName, out var method))
        {
            throw new ArgumentException(
                $"{serviceName} has no method '{methodName}'; it has {string.Join(", ", methods.Keys)}.", nameof(methodName));
        }

        configure(method);
        return this;
    }
}
