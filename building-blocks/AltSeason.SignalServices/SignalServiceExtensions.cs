using AltSeason.Contracts.Messages;
using AltSeason.EventStore;
using AltSeason.Grpc;
using AltSeason.ServiceDefaults;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.SignalServices.Api;
using AltSeason.SignalServices.Audit;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.SignalServices.Processing;
using AltSeason.SignalServices.Replay;
using AltSeason.SignalServices.Storage;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AltSeason.SignalServices;

public static class SignalServiceExtensions
{
    /// <summary>Inputs of a long backfill (ten years of daily bars, several fields) exceed the store's 1 MB default.</summary>
    public const int MaxPayloadBytes = 64 * 1024 * 1024;

    /// <summary>
    /// A backfill arrives as one message per file. Batches only store inputs; the evaluation they leave runs once the
    /// files stop coming for a while (see <see cref="MessageCoalescer{T}"/>), so the batch size sets no evaluation
    /// count and batches can be small. Messages carry their rows and every service receives every file, so the
    /// messages held at once (one batch, the broker prefetch: <see cref="CoalescingOptions.InFlight"/>) set a
    /// service's memory: 400 held at the 100x backfill took even Equities, which keeps none of the coin files, to 767 MB.
    /// </summary>
    public static CoalescingOptions Coalescing { get; } = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), 8);

    /// <summary>
    /// Everything a signal service runs: its event store (schema = family name) with the inputs and evaluations
    /// read models, the outbox relay, the <see cref="MarketDataIngested"/> consumer, and the gRPC APIs.
    /// </summary>
    public static TBuilder AddSignalService<TBuilder>(this TBuilder builder, ISignalFamily family) where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(family);
        var services = builder.Services;
        services.AddSingleton(family);
        services.TryAddSingleton(TimeProvider.System);

        // Registered before the bus: hosted services start in order, so the schema exists before the first message.
        services.AddEventStore(o =>
        {
            o.Schema = family.Name;
            o.ConnectionString = builder.Configuration.GetConnectionString("eventstore")
                ?? throw new InvalidOperationException("Set ConnectionStrings__eventstore to the PostgreSQL connection string.");
            o.MaxPayloadBytes = MaxPayloadBytes;
            o.Events.Register<InputsReceived>("InputsReceived").Register<SignalsEvaluated>("SignalsEvaluated");
            o.Messages
                .Register<EquitiesSignalsEvaluated>(nameof(EquitiesSignalsEvaluated))
                .Register<DerivativesSignalsEvaluated>(nameof(DerivativesSignalsEvaluated))
                .Register<OnChainSignalsEvaluated>(nameof(OnChainSignalsEvaluated))
                .Register<SignalsBatchCompleted>(nameof(SignalsBatchCompleted));
            o.Projections.AddInline(new InputsProjection()).AddInline(new EvaluationsProjection());
        });
        services.AddHostedService<ReadModelSchema>();
        services.AddEventStoreOutboxRelay();
        services.AddSingleton<SignalBatchHandler>();
        services.AddSingleton(Coalescing);
        services.AddSingleton<IBatchProcessor<MarketDataIngested>>(sp => sp.GetRequiredService<SignalBatchHandler>());
        services.AddSingleton<MessageCoalescer<MarketDataIngested>>();
        services.AddHostedService(sp => sp.GetRequiredService<MessageCoalescer<MarketDataIngested>>());

        builder.AddServiceDefaults(x => x.AddConsumer<MarketDataIngestedConsumer, MarketDataIngestedConsumerDefinition>());

        services.AddGrpcServer();
        services.AddAudit<SignalReplayer>(o => o.ReadModel = new(["signal_inputs", "signal_input_heads", "signal_evaluations"]));
        services.AddSingleton<SignalsApi>();
        return builder;
    }

    /// <summary>Maps the family's signals API, Audit, gRPC health and reflection, and <c>/health</c> + <c>/alive</c>.</summary>
    public static WebApplication MapSignalService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var family = app.Services.GetRequiredService<ISignalFamily>();
        app.MapGrpcService<SignalsApi>(family.GrpcService).RequireAuthorization(PlatformScopes.ScoreRead);
        app.MapAudit();
        app.MapGrpcHealthAndReflection();
        app.MapDefaultEndpoints();
        return app;
    }
}
