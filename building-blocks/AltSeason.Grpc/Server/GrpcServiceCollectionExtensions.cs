using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AltSeason.Grpc;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>Registers the gRPC server pieces; map services with <c>MapGrpcService</c>.</summary>
    public static IServiceCollection AddGrpcServer(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
    {
        services.AddOptions<GrpcServerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton<GrpcServiceRegistry>();
        services.AddHealthChecks();
        services.AddRouting();
        // Replace, not TryAdd: refused gRPC calls need gRPC statuses whether AddAuthorization ran before or after.
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>());
        return services;
    }
}
