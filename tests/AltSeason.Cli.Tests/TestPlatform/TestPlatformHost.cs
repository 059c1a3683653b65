using System.Net;
using System.Security.Cryptography.X509Certificates;
using AltSeason.Contracts.V1;
using AltSeason.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.TestPlatform;

/// <summary>
/// The platform's public gRPC API on a real Kestrel server (cleartext HTTP/2, 127.0.0.1, free port) serving
/// <see cref="TestData"/>: Scoring, the Equities and OnChain families, Ingestion and Audit, plus health and reflection.
/// One address plays every service, so each <c>services__&lt;name&gt;__grpc__0</c> points at it.
/// </summary>
public sealed class TestPlatformHost : IAsyncDisposable
{
    private static readonly string[] ServiceNames = ["ingestion", "equities", "derivatives", "onchain", "scoring"];
    private readonly WebApplication _app;

    private TestPlatformHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public ScoreBook Scores => _app.Services.GetRequiredService<ScoreBook>();

    /// <summary>The environment contract as the AppHost would set it, for every service.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        ServiceNames.ToDictionary(s => $"services__{s}__grpc__0", _ => Address.ToString());

    /// <param name="certificate">Serve https:// with this certificate instead of cleartext h2c.</param>
    public static async Task<TestPlatformHost> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l =>
        {
            l.Protocols = HttpProtocols.Http2;
            if (certificate is not null)
            {
                l.UseHttps(certificate);
            }
        }));
        builder.Services.AddGrpcServer();
        builder.Services.AddSingleton<ScoreBook>();
        var app = builder.Build();
        app.MapGrpcService<TestScoringApi>(ScoringReflection.Descriptor);
        app.MapGrpcService<TestEquitiesApi>(EquitiesSignalsReflection.Descriptor);
        app.MapGrpcService<TestOnChainApi>(OnchainSignalsReflection.Descriptor);
        app.MapGrpcService<TestIngestionApi>(IngestionReflection.Descriptor);
        app.MapGrpcService<TestAuditApi>(AuditReflection.Descriptor);
        app.MapGrpcHealthAndReflection();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestPlatformHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
