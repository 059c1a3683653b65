using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AltSeason.Grpc.Clients;

public static class GrpcClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a typed client (any class taking a <see cref="GrpcClient"/>) for the service whose address is in
    /// <c>services__&lt;serviceName&gt;__grpc__0</c>, e.g. <c>services.AddGrpcServiceClient&lt;ScoringClient&gt;("scoring")</c>.
    /// </summary>
    public static IServiceCollection AddGrpcServiceClient<TClient>(
        this IServiceCollection services, string serviceName, Action<GrpcClientOptions>? configure = null)
        where TClient : class
    {
        services.AddSingleton(provider =>
        {
            // Start from the host's defaults (e.g. its service token and trusted certificate from ServiceDefaults).
            var options = provider.GetService<IOptions<GrpcClientOptions>>()?.Value.Clone() ?? new GrpcClientOptions();
            configure?.Invoke(options);
            var address = GrpcEndpoints.Resolve(provider.GetRequiredService<IConfiguration>(), serviceName);
            return ActivatorUtilities.CreateInstance<TClient>(provider, new GrpcClient(address, options));
        });
        return services;
    }
}
