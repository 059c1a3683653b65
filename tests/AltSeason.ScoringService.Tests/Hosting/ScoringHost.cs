using System.Globalization;
using AltSeason.EventStore;
using AltSeason.EventStore.Events;
using AltSeason.Grpc;
using AltSeason.Grpc.Clients;
using AltSeason.LocalInfrastructure;
using AltSeason.Scoring;
using AltSeason.Scoring.Evaluation;
using AltSeason.Scoring.Serving;
using AltSeason.ServiceDefaults;
using AltSeason.Testing;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.ScoringService.Tests.Hosting;

/// <summary>
/// The Scoring service wired exactly as its Program.cs does, started in-process on two real Kestrel endpoints
/// (http for JSON and health, cleartext HTTP/2 for gRPC), against its own fresh database and its own queues.
/// </summary>
public sealed class ScoringHost : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly GrpcClient _grpc;

    ScoringHost(WebApplication app, Uri httpAddress, Uri grpcAddress)
    {
        _app = app;
        _grpc = new GrpcClient(grpcAddress, TestTokens.Client(new GrpcClientOptions { MaxRetryAttempts = 0 }));
        Http = new HttpClient { BaseAddress = httpAddress };
        Http.DefaultRequestHeaders.Authorization = TestTokens.Header();
        Scoring = new ScoringClient(_grpc);
        Audit = new AuditClient(_grpc);
    }

    public string Database { get; private init; } = "";
    public string ServiceName { get; private init; } = "";
    public HttpClient Http { get; }
    public ScoringClient Scoring { get; }
    public AuditClient Audit { get; }
    public IBus Bus => _app.Services.GetRequiredService<IBus>();
    public PostgresEventStore Store => _app.Services.GetRequiredService<PostgresEventStore>();
    public IServiceProvider Services => _app.Services;

    /// <param name="services">Family name → gRPC address of its service; a family left out points at a closed port (down).</param>
    /// <param name="shared">Another instance to run beside: same database and same queue, so the two compete for messages.</param>
    public static async Task<ScoringHost> StartAsync(ServersFixture servers, IReadOnlyDictionary<string, Uri>? services = null, ScoringHost? shared = null)
    {
        var database = shared?.Database ?? await servers.CreateDatabaseAsync();
        var serviceName = shared?.ServiceName ?? "scoring-" + Guid.NewGuid().ToString("N")[..8];
        var ports = FreePorts.Pick(3);
        var closed = new Uri($"http://127.0.0.1:{ports[2]}");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "AltSeason.Scoring", EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventstore"] = database,
            ["ConnectionStrings:messaging"] = servers.AmqpUri.ToString(),
            // A service name per host gives each test its own queues on the shared broker.
            ["OTEL_SERVICE_NAME"] = serviceName,
            ["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{ports[0]}",
            ["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{ports[1]}",
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
            ["Scoring:FetchTimeout"] = "00:00:02",
            ["Scoring:FetchCoolDown"] = "00:00:00",
            ["Scoring:WatchPollInterval"] = "00:00:00.050",
            ["Scoring:CatchUpInterval"] = "00:00:00.300",
            ["services:equities:grpc:0"] = (services?.GetValueOrDefault("equities") ?? closed).ToString(),
            ["services:derivatives:grpc:0"] = (services?.GetValueOrDefault("derivatives") ?? closed).ToString(),
            ["services:onchain:grpc:0"] = (services?.GetValueOrDefault("onchain") ?? closed).ToString(),
        });
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        builder.AddApplicationServices();
        builder.AddServiceDefaults(bus => bus.AddScoringConsumers());
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapApplicationEndpoints();
        await app.StartAsync();
        return new ScoringHost(app, new Uri($"http://127.0.0.1:{ports[0]}"), new Uri($"http://127.0.0.1:{ports[1]}"))
        {
            Database = database,
            ServiceName = serviceName,
        };
    }

    public Task PublishAsync<T>(T message) where T : class => Bus.Publish(message);

    /// <summary>
    /// Waits until the stream reaches <paramref name="version"/> and returns its events. For a score stream, also until
    /// GetScore serves that version: its cache hears of a commit one notification later than the store has it.
    /// </summary>
    public async Task<IReadOnlyList<RecordedEvent>> WaitForStreamAsync(string streamId, long version = 1, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var events = await Store.ReadStreamAsync(streamId);
            if (events.Count >= version && Served(streamId, events.Count)) return events;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Stream '{streamId}' has {events.Count} events after {timeoutSeconds} s; expected {version}.");
            await Task.Delay(50);
        }
    }

    bool Served(string streamId, long version)
    {
        if (!streamId.StartsWith(ScoreStreams.Prefix, StringComparison.Ordinal)) return true;
        var parts = streamId.Split('/');
        var cache = _app.Services.GetRequiredService<LatestScores>();
        return !cache.InSync || cache.VersionOf(parts[1], DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture)) >= version;
    }

    public async ValueTask DisposeAsync()
    {
        _grpc.Dispose();
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
