using AltSeason.Grpc.Health;
using AltSeason.Grpc.Health.Protocol;
using AltSeason.Grpc.Reflection;
using AltSeason.Grpc.Reflection.Protocol;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace AltSeason.Grpc;

public static class StandardServicesExtensions
{
    /// <summary>
    /// Maps <c>grpc.health.v1.Health</c> (wired to the ASP.NET Core health checks) and
    /// <c>grpc.reflection.v1.ServerReflection</c>, so standard tools can probe and discover the server.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcHealthAndReflection(this IEndpointRouteBuilder endpoints)
    {
        // Health stays open (probes carry no token); reflection follows the host's default policy.
        var health = endpoints.MapGrpcService<HealthApi>(HealthReflection.Descriptor).AllowAnonymous();
        var reflection = endpoints.MapGrpcService<ReflectionApi>(ReflectionReflection.Descriptor);
        return new CompositeConventionBuilder([health, reflection]);
    }

    private sealed class CompositeConventionBuilder(IEndpointConventionBuilder[] builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }
    }
}
