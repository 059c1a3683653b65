using Microsoft.Extensions.DependencyInjection;

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
        return services;
    }
}
