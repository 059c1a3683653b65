using AltSeason.Equities;
using AltSeason.Grpc;
using AltSeason.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>
/// The real Equities service in-process: its own database, its own queue name, Kestrel with a cleartext HTTP/2
/// gRPC endpoint on a real socket, configured exactly like the AppHost does (environment contract).
/// </summary>
internal sealed class EquitiesHost : IAsyncDisposable
{
    readonly WebApplication _app;

    EquitiesHost(WebApplication app, string connectionString, Uri grpc)
    {
        _app = app;
        ConnectionString = connectionString;
        Grpc = new GrpcClient(grpc, TestTokens.Client());
    }

    public string ConnectionString { get; }
    public GrpcClient Grpc { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<EquitiesHost> StartAsync(ServersFixture servers)
    {
        var connectionString = await servers.CreateDatabaseAsync();
        var grpcPort = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventstore"] = connectionString,
            ["ConnectionStrings:messaging"] = servers.AmqpUri.ToString(),
            // The queue name is prefixed with the service name: a unique one keeps hosts of parallel tests apart.
            ["OTEL_SERVICE_NAME"] = $"equities-test-{Guid.NewGuid():N}"[..28],
            ["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
        });
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddApplicationServices();
        var app = builder.Build();
        app.MapApplicationEndpoints();
        await app.StartAsync();
        return new EquitiesHost(app, connectionString, new Uri($"http://127.0.0.1:{grpcPort}"));
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Grpc.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
