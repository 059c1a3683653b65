using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using AltSeason.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AltSeason.SignalServices.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// Registers the audit API of a service whose store is registered with <c>AddEventStore</c>; the service's
    /// <typeparamref name="TReplayer"/> answers Replay (use <see cref="NothingToReplay"/> when nothing is computed).
    /// </summary>
    public static IServiceCollection AddAudit<TReplayer>(this IServiceCollection services, Action<AuditOptions>? configure = null)
        where TReplayer : class, IReplayer
    {
        var options = new AuditOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton<IReplayer, TReplayer>();
        services.AddSingleton<AuditApi>();
        return services;
    }

    /// <summary>
    /// Maps <c>altseason.v1.Audit</c>, open to tokens with <c>audit:read</c>; call after <c>AddGrpcServer</c> and
    /// <see cref="AddAudit{TReplayer}"/>.
    /// </summary>
    public static GrpcServiceConventionBuilder MapAudit(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<AuditApi>(AuditReflection.Descriptor).RequireAuthorization(PlatformScopes.AuditRead);
}
