using AltSeason.Contracts.Messages;
using AltSeason.Contracts.V1;
using AltSeason.EventStore;
using AltSeason.Grpc;
using AltSeason.Scoring.Api;
using AltSeason.Scoring.Audit;
using AltSeason.Scoring.Components;
using AltSeason.Scoring.Dashboard;
using AltSeason.Scoring.Consuming;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Fetching;
using AltSeason.Scoring.Http;
using AltSeason.Scoring.Model;
using AltSeason.Scoring.Queries;
using AltSeason.Scoring.Serving;
using AltSeason.Scoring.Storage;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.ServiceDefaults.Health;
using AltSeason.SignalServices.Audit;
using AltSeason.SignalServices.Processing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AltSeason.Scoring;

public static class Extensions
{
    /// <summary>
    /// The event store (schema <c>scoring</c>), its read models and outbox relay, the batch that turns family
    /// evaluations into scores, the gRPC fallback to the signal services, and the Scoring and Audit APIs.
    /// Call before <c>AddServiceDefaults</c>: hosted services start in registration order, and the schema must exist
    /// before the bus delivers the first message.
    /// </summary>
    public static TBuilder AddApplicationServices<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ScoringOptions>().Bind(builder.Configuration.GetSection(ScoringOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        var connectionString = builder.Configuration.GetConnectionString(DatabaseExtensions.ConnectionName);
        services.AddEventStore(o =>
        {
            o.Schema = ScoringOptions.Schema;
            o.ConnectionString = connectionString;
            o.Events.Register<ComponentRecorded>("ComponentRecorded").Register<ScoreEvaluated>("ScoreEvaluated");
            o.Messages.Register<AltSeasonScoreEvaluated>("AltSeasonScoreEvaluated");
            o.Projections.AddInline(new ComponentsProjection()).AddInline(new ScoresProjection());
        });
        services.AddHostedService<ReadModelSchema>();
        services.AddEventStoreOutboxRelay();

        services.AddSingleton<ComponentCache>();
        services.AddSingleton<ComponentReadModel>();
        services.AddSingleton<ScoreReadModel>();
        services.AddSingleton<ChainedAppender>();
        services.AddSingleton<ScoringBatch>();
        services.AddSingleton<IBatchProcessor<ReceivedEvaluation>, EvaluationsInbox>();
        services.AddSingleton<MessageCoalescer<ReceivedEvaluation>>(sp => new(sp.GetRequiredService<IBatchProcessor<ReceivedEvaluation>>(),
            ScoringOptions.Coalescing, sp.GetRequiredService<ILogger<MessageCoalescer<ReceivedEvaluation>>>()));
        services.AddHostedService(sp => sp.GetRequiredService<MessageCoalescer<ReceivedEvaluation>>());
        services.TryAddSingleton<ISignalSource, GrpcSignalSource>();
        services.AddSingleton<UnansweredRequests>();
        services.AddHostedService<CatchUpService>();
        services.AddSingleton<ScoreQueries>();
        services.AddSingleton<ScoreFeed>();
        // GetScore's latest scores from memory, kept in step with the read model by NOTIFY (after ReadModelSchema).
        services.AddSingleton<LatestScores>();
        services.AddSingleton<LatestScoreRows>();
        services.AddHostedService<LatestScoresSync>();
        // One instance for every call instead of one built per call.
        services.AddSingleton<ScoringApi>();

        services.AddGrpcServer();
        services.AddAudit<ScoreReplayer>(o =>
        {
            o.StreamForDate = StreamForDate;
            // The scoring batches' lock (EvaluationsInbox): a rebuild never interleaves with a batch's reads.
            o.ReadModel = new(["components", "scores"], WriterLock: ScoringOptions.Schema + ".scoring-batch");
        });
        return builder;
    }

    /// <summary>
    /// Messages of the three families held at once, each until its batch commits: enough for the coalescer to gather
    /// batches of hundreds of evaluations, and, as a message holds at most <see cref="ISignalsEvaluated.MaxValues"/>
    /// values (about 100 KB, kept with its parsed envelope and decoded values), a few tens of MB during a backfill.
    /// </summary>
    const int MessagesInFlight = 64;

    /// <summary>
    /// One queue for the three families' messages; the batches run one at a time per instance (instances still compete
    /// for the queue).
    /// </summary>
    public static IBusRegistrationConfigurator AddScoringConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<SignalsEvaluatedConsumer>().Endpoint(e =>
        {
            e.ConcurrentMessageLimit = MessagesInFlight;
            e.PrefetchCount = MessagesInFlight;
        });
        return bus;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcService<ScoringApi>(ScoringReflection.Descriptor).RequireAuthorization(PlatformScopes.ScoreRead);
        app.MapAudit();
        app.MapGrpcHealthAndReflection();
        app.MapScoreHttpEndpoints();
        return app;
    }

    /// <summary>
    /// The dashboard at <c>/</c>. Its browser-facing API needs <c>score:read</c>, unless <c>Auth:Dashboard:Public</c> is
    /// true (the AppHost sets it for local runs, where the browser has no token to send).
    /// </summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var isPublic = app.Configuration.GetValue<bool>("Auth:Dashboard:Public");
        app.MapScoreDashboard(o =>
        {
            o.ApiPolicy = PlatformScopes.ScoreRead;
            o.PublicApi = isPublic;
        });
        return app;
    }

    /// <summary>Audit AsOf by family and date: "score" is the current model's score, a family name is Scoring's copy of it.</summary>
    static string? StreamForDate(string family, DateOnly date) =>
        family == "score" ? ScoreStreams.For(ScoreModels.Latest.Version, date)
        : SignalFamilies.IsKnown(family) ? ComponentStreams.For(family, date)
        : null;
}
