using AltSeason.Contracts.V1;
using AltSeason.Grpc.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AltSeason.Grpc.Tests.Fakes;

/// <summary>The standard test server: fake Scoring and Ingestion plus health and reflection.</summary>
public static class Hosts
{
    public static Task<GrpcTestHost> StartScoringAsync(Probe probe, Action<GrpcServerOptions>? configure = null) =>
        GrpcTestHost.StartAsync(
            app =>
            {
                app.MapGrpcService<FakeScoringApi>(ScoringReflection.Descriptor);
                app.MapGrpcService<FakeIngestionApi>(IngestionReflection.Descriptor);
                app.MapGrpcHealthAndReflection();
            },
            configure,
            services => services.AddSingleton(probe));
}
