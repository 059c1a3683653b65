using System.Reflection;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AltSeason.Grpc;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TService"/> to the only service of a generated file descriptor,
    /// e.g. <c>app.MapGrpcService&lt;ScoringApi&gt;(ScoringReflection.Descriptor)</c>.
    /// </summary>
    public static GrpcServiceConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder endpoints, FileDescriptor file)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Services.Count != 1)
        {
            throw new ArgumentException(
                $"{file.Name} defines {file.Services.Count} services ({string.Join(", ", file.Services.Select(s => s.FullName))}); pass the ServiceDescriptor to bind.",
                nameof(file));
        }

        return endpoints.MapGrpcService<TService>(file.Services[0]);
    }

    /// <summary>
    /// Binds <typeparamref name="TService"/> to a service descriptor: one POST route per method. Fails here,
    /// at start-up, naming every method the class does not implement.
    /// </summary>
    public static GrpcServiceConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder endpoints, ServiceDescriptor service)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(service);
        var provider = endpoints.ServiceProvider;
        var registry = provider.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcServer() before mapping gRPC services.");
        var options = provider.GetRequiredService<IOptions<GrpcServerOptions>>().Value;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("AltSeason.Grpc.Server");

        var bound = MethodBinder.Bind<TService>(service);
        registry.Add(service);
        MapFallback(endpoints, registry, logger);

        var builders = new Dictionary<string, IEndpointConventionBuilder>();
        foreach (var (method, invoke, implementation) in bound)
        {
            var handler = new ServerCallHandler(method, options, logger, invoke);
            var builder = endpoints.Map(RoutePatternFactory.Parse("/" + method.FullName), new RequestDelegate(handler.HandleAsync))
                .WithMetadata(new HttpMethodMetadata(["POST"]))
                .WithMetadata(method)
                .WithDisplayName("gRPC " + method.FullName);
            // Attributes such as [Authorize(Policy = "...")] on the class or method become endpoint metadata.
            builder.WithMetadata([.. typeof(TService).GetCustomAttributes(inherit: true), .. implementation.GetCustomAttributes(inherit: true)]);
            builders[method.Name] = builder;
        }

        return new GrpcServiceConventionBuilder(service.FullName, builders);
    }

    /// <summary>Unknown methods on gRPC requests get UNIMPLEMENTED rather than an HTTP 404.</summary>
    private static void MapFallback(IEndpointRouteBuilder endpoints, GrpcServiceRegistry registry, ILogger logger)
    {
        if (registry.FallbackMapped)
        {
            return;
        }

        registry.FallbackMapped = true;
        endpoints.Map("/{service}/{method}", new RequestDelegate(http =>
        {
            var service = (string)http.Request.RouteValues["service"]!;
            var method = (string)http.Request.RouteValues["method"]!;
            if (!GrpcProtocol.IsGrpcContentType(http.Request.ContentType))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            var detail = registry.Contains(service)
                ? $"Method {method} is unimplemented on service {service}."
                : $"Service {service} is unimplemented.";
            logger.LogDebug("Unimplemented gRPC call /{Service}/{Method}", service, method);
            http.Response.ContentType = GrpcProtocol.ContentType;
            http.Response.Headers[GrpcProtocol.StatusHeader] = ((int)StatusCode.Unimplemented).ToString();
            http.Response.Headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(detail);
            return Task.CompletedTask;
        }))
        .WithMetadata(new HttpMethodMetadata(["POST"]))
        .WithDisplayName("gRPC unimplemented")
        .Add(b => ((RouteEndpointBuilder)b).Order = int.MaxValue);
    }
}
