using AltSeason.Contracts.Messages;
using AltSeason.Contracts.V1;
using AltSeason.EventStore;
using AltSeason.Grpc;
using AltSeason.Ingestion.Audit;
using AltSeason.Ingestion.GrpcApi;
using AltSeason.Ingestion.Http;
using AltSeason.Ingestion.Importing;
using AltSeason.Ingestion.Observations;
using AltSeason.ServiceDefaults.Auth;
using AltSeason.ServiceDefaults.Health;
using AltSeason.SignalServices.Audit;

namespace AltSeason.Ingestion;

public static class Extensions
{
    public const string Schema = "ingestion";

    // The reference CoinGecko file's one message carries ~23k rows x 3 fields; far past the store's 1 MiB default.
    const int MaxPayloadBytes = 96 * 1024 * 1024;

    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(IngestionOptions.Section);
        var limits = section.Get<IngestionOptions>() ?? new IngestionOptions();
        builder.Services.Configure<IngestionOptions>(section);

        builder.Services.AddEventStore(o =>
        {
            o.Schema = Schema;
            o.ConnectionString = builder.Configuration.GetConnectionString(DatabaseExtensions.ConnectionName);
            o.MaxPayloadBytes = MaxPayloadBytes;
            o.Events.Register<ObservationsIngested>("ObservationsIngested");
            o.Messages.Register<MarketDataIngested>("MarketDataIngested");
            o.Projections.AddInline(new CurrentValuesProjection());
        });
        builder.Services.AddHostedService<CurrentValuesTable>();
        builder.Services.AddEventStoreOutboxRelay();

        builder.Services.AddSingleton<ObservationWriter>();
        builder.Services.AddSingleton<Importer>();
        builder.Services.AddSingleton<IngestionApi>();
        // Ingestion has no signal families: AsOf takes a stream id (series/<series name>).
        builder.Services.AddAudit<ObservationReplayer>(o =>
        {
            o.StreamForDate = (_, _) => null;
            o.ReadModel = new([CurrentValuesProjection.Table]);
        });
        builder.Services.AddGrpcServer(o =>
        {
            o.MaxReceiveMessageSize = limits.MaxGrpcMessageBytes;
            o.MapException<ImportLimitExceededException>(StatusCode.ResourceExhausted, e => e.Message);
            o.MapException<InvalidImportRequestException>(StatusCode.InvalidArgument, e => e.Message);
        });
        ImportEndpoints.ConfigureBodyLimits(builder.Services, limits);
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcService<IngestionApi>(IngestionReflection.Descriptor).RequireAuthorization(PlatformScopes.IngestWrite);
        app.MapAudit();
        app.MapGrpcHealthAndReflection();
        app.MapImportEndpoints();
        return app;
    }
}
