using AltSeason.EventStore;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.Ingestion;
using AltSeason.LocalInfrastructure;
using AltSeason.ServiceDefaults;
using AltSeason.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.IngestionService.Tests.Support;

/// <summary>
/// The real Ingestion service, wired exactly as Program.cs does, on two real Kestrel endpoints (HTTP/1.1+2 for
/// uploads, cleartext HTTP/2 for gRPC) against a fresh database and the shared broker.
/// </summary>
public sealed class IngestionHost : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly GrpcClient _grpc;

    IngestionHost(WebApplication app, Uri http, Uri grpc)
    {
        _app = app;
        HttpAddress = http;
        _grpc = new GrpcClient(grpc, TestTokens.Client(new GrpcClientOptions { MaxRetryAttempts = 0 }));
        Http = new HttpClient { BaseAddress = http, Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Authorization = TestTokens.Header();
    }

    public Uri HttpAddress { get; }
    public HttpClient Http { get; }
    public GrpcClient Grpc => _grpc;
    public IngestionClient Ingestion => new(_grpc);
    public AuditClient Audit => new(_grpc);
    public PostgresEventStore Store => _app.Services.GetRequiredService<PostgresEventStore>();

    public static async Task<IngestionHost> StartAsync(ServersFixture servers, IDictionary<string, string?>? settings = null)
    {
        var database = await servers.CreateDatabaseAsync();
        var ports = FreePorts.Pick(2);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "AltSeason.Ingestion" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventstore"] = database,
            ["ConnectionStrings:messaging"] = servers.AmqpUri.ToString(),
            ["OTEL_SERVICE_NAME"] = "ingestion",
            ["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{ports[0]}",
            ["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{ports[1]}",
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
        });
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults();
        builder.AddApplicationServices();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapApplicationEndpoints();
        await app.StartAsync();
        return new IngestionHost(app, new Uri($"http://127.0.0.1:{ports[0]}"), new Uri($"http://127.0.0.1:{ports[1]}"));
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = Store.DataSource.CreateCommand(sql.Replace("{schema}", Store.Schema, StringComparison.Ordinal));
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Store.DataSource.CreateCommand(sql.Replace("{schema}", Store.Schema, StringComparison.Ordinal));
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _grpc.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
