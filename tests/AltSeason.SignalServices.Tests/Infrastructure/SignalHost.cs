using AltSeason.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AltSeason.SignalServices.Tests.Infrastructure;

/// <summary>
/// Any signal service in-process on its own database and queue, configured as the AppHost does, for tests that
/// drive its batch handler directly.
/// </summary>
internal sealed class SignalHost : IAsyncDisposable
{
    readonly WebApplication _app;

    SignalHost(WebApplication app, string connectionString)
    {
        _app = app;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <param name="name">equities, derivatives or onchain: the service whose <c>AddApplicationServices</c> runs.</param>
    /// <param name="connectionString">The database of an earlier host (a restart); null: a new database.</param>
    public static async Task<SignalHost> StartAsync(ServersFixture servers, string name, string? connectionString = null)
    {
        connectionString ??= await servers.CreateDatabaseAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventstore"] = connectionString,
            ["ConnectionStrings:messaging"] = servers.AmqpUri.ToString(),
            ["OTEL_SERVICE_NAME"] = $"{name}-test-{Guid.NewGuid():N}"[..28],
            ["Kestrel:Endpoints:http:Url"] = "http://127.0.0.1:0",
        });
        builder.Configuration.AddInMemoryCollection(TestTokens.Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        Action<IHostApplicationBuilder> add = name switch
        {
            "equities" => Equities.Extensions.AddApplicationServices,
            "derivatives" => Derivatives.Extensions.AddApplicationServices,
            "onchain" => OnChain.Extensions.AddApplicationServices,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such signal service."),
        };
        add(builder);
        var app = builder.Build();
        app.MapSignalService();
        await app.StartAsync();
        return new SignalHost(app, connectionString);
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
