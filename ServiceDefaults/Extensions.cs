using AltSeason.ServiceDefaults.Auth;
using AltSeason.ServiceDefaults.Health;
using AltSeason.ServiceDefaults.Messaging;
using AltSeason.ServiceDefaults.Telemetry;
using AltSeason.ServiceDefaults.Tls;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AltSeason.ServiceDefaults;

/// <summary>
/// What every AltSeason service shares, in the shape of .NET Aspire's ServiceDefaults: telemetry, health,
/// bearer-token auth and TLS trust, the event-store database, and MassTransit over RabbitMQ, all configured from the
/// environment contract (<c>ConnectionStrings__eventstore</c>, <c>ConnectionStrings__messaging</c>, <c>OTEL_*</c>,
/// <c>Auth__SigningKey</c>).
/// </summary>
public static class Extensions
{
    public const string ReadyTag = "ready";
    public const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder, Action<IBusRegistrationConfigurator>? configureMessaging = null)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigurePlatformTelemetry();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.AddPlatformAuth();
        builder.AddPlatformTls();
        builder.AddEventStoreDatabase();
        builder.AddMessaging(configureMessaging);
        return builder;
    }

    /// <summary>
    /// <c>/health</c>: ready when PostgreSQL and RabbitMQ answer. <c>/alive</c>: the process runs. Both open: probes carry
    /// no token. Also starts the pipeline with routing and the platform's authentication and authorization step
    /// (<see cref="AcceptedCallShortcut"/>), so call this before any middleware of the service's own.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        AcceptedCallShortcut.Use(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = r => r.Tags.Contains(ReadyTag) || r.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        return app;
    }
}
