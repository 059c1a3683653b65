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
    /// Maps <c>altseason.v1.Audit</c>: reads (History, AsOf, Replay, Verify) need <c>audit:read</c>, Rebuild needs
    /// <c>admin</c> (and only that: an operator's token need not also read audits). Call after <c>AddGrpcServer</c> and
    /// <see cref="AddAudit{TReplayer}"/>.
    /// </summary>
    public static GrpcServiceConventionBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGrpcService<AuditApi>(AuditReflection.Descriptor);
        foreach (var method in AuditReflection.Descriptor.Services[0].Methods)
        {
            var scope = method.Name == nameof(AuditApi.Rebuild) ? PlatformScopes.Admin : PlatformScopes.AuditRead;
            audit.ForMethod(method.Name, m => m.RequireAuthorization(scope));
        }
        return audit;
    }
}
