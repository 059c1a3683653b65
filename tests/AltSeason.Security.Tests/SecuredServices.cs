using AltSeason.LocalInfrastructure;
using AltSeason.ServiceDefaults;
using AltSeason.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using EquitiesService = AltSeason.Equities.Extensions;
using IngestionService = AltSeason.Ingestion.Extensions;

namespace AltSeason.Security.Tests;

/// <summary>The real Equities and Ingestion services with auth on, on real sockets, keyed with <see cref="TestTokens.SigningKey"/>.</summary>
public sealed class SecuredServices : ServersFixture, IAsyncLifetime
{
    WebApplication? _equities;
    WebApplication? _ingestion;

    public Uri EquitiesGrpc { get; private set; } = null!;
    public Uri EquitiesHttp { get; private set; } = null!;
    public Uri IngestionGrpc { get; private set; } = null!;
    public Uri IngestionHttp { get; private set; } = null!;

    /// <summary>Connection strings of the two services' databases, to look at (and tamper with) their tables.</summary>
    public string EquitiesDatabase { get; private set; } = null!;
    public string IngestionDatabase { get; private set; } = null!;

    /// <summary>The running hosts, for tests that inspect their endpoints.</summary>
    public IReadOnlyList<WebApplication> Hosts => [_equities!, _ingestion!];

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var ports = FreePorts.Pick(4);
        (EquitiesHttp, EquitiesGrpc) = (Local(ports[0]), Local(ports[1]));
        (IngestionHttp, IngestionGrpc) = (Local(ports[2]), Local(ports[3]));

        EquitiesDatabase = await CreateDatabaseAsync();
        IngestionDatabase = await CreateDatabaseAsync();
        var equities = Builder("AltSeason.Equities", EquitiesDatabase, EquitiesHttp, EquitiesGrpc);
        EquitiesService.AddApplicationServices(equities);
        _equities = equities.Build();
        EquitiesService.MapApplicationEndpoints(_equities);

        var ingestion = Builder("AltSeason.Ingestion", IngestionDatabase, IngestionHttp, IngestionGrpc);
        ingestion.AddServiceDefaults();
        IngestionService.AddApplicationServices(ingestion);
        _ingestion = ingestion.Build();
        _ingestion.MapDefaultEndpoints();
        IngestionService.MapApplicationEndpoints(_ingestion);

        await _equities.StartAsync();
        await _ingestion.StartAsync();
    }

    WebApplicationBuilder Builder(string name, string database, Uri http, Uri grpc)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = name, EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventstore"] = database,
            ["ConnectionStrings:messaging"] = AmqpUri.ToString(),
            ["OTEL_SERVICE_NAME"] = $"{name}-sec-{Guid.NewGuid():N}"[..32],
            ["Kestrel:Endpoints:http:Url"] = http.ToString(),
            ["Kestrel:Endpoints:grpc:Url"] = grpc.ToString(),
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
        });
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        return builder;
    }

    static Uri Local(int port) => new($"http://127.0.0.1:{port}");

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var app in new[] { _equities, _ingestion })
        {
            if (app is null) continue;
            await app.StopAsync();
            await app.DisposeAsync();
        }
        await DisposeAsync();
    }
}
