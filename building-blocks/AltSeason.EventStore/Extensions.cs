using AltSeason.EventStore.Configuration;
using AltSeason.EventStore.Outbox;
using AltSeason.EventStore.Projections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AltSeason.EventStore;

public static class Extensions
{
    /// <summary>
    /// Registers the store for one service schema: the schema is migrated when the host starts, then the
    /// projection daemon runs the async projections (when there are any).
    /// <code>services.AddEventStore(o => { o.Schema = "equities"; o.ConnectionString = cs; o.Events.Register&lt;X&gt;("x"); });</code>
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, Action<EventStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new EventStoreOptions();
        configure(options);
        SchemaName.Validate(options.Schema); // fail at registration, not at first use

        services.AddSingleton(options);
        services.AddSingleton(_ => new PostgresEventStore(options));
        // Hosted services start in registration order: the schema exists before anything reads or relays.
        services.AddHostedService<SchemaMigrationService>();
        if (options.Projections.Async.Count > 0)
        {
            services.AddSingleton<ProjectionDaemon>();
            services.AddHostedService(sp => sp.GetRequiredService<ProjectionDaemon>());
        }
        return services;
    }

    /// <summary>
    /// Publishes the outbox through MassTransit (register the bus with <c>AddMassTransit</c> as usual).
    /// Register a different <see cref="IOutboxPublisher"/> before this call to publish elsewhere.
    /// </summary>
    public static IServiceCollection AddEventStoreOutboxRelay(this IServiceCollection services)
    {
        services.TryAddSingleton<IOutboxPublisher, MassTransitOutboxPublisher>();
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        return services;
    }

    sealed class SchemaMigrationService(PostgresEventStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
