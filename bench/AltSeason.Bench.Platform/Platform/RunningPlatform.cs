using AltSeason.AppHost;
using AltSeason.AppHost.Hosting;
using AltSeason.AppHost.Security;
using AltSeason.Grpc;
using AltSeason.LocalInfrastructure;
using AltSeason.ServiceDefaults.Auth;

namespace AltSeason.Bench.Platform.Platform;

/// <summary>
/// The whole platform as the AppHost runs it (PostgreSQL, RabbitMQ, five service processes built in this
/// configuration), in a private, non-durable data folder that is deleted afterwards. One per backfill size, so each
/// size starts from an empty database.
/// </summary>
sealed class RunningPlatform : IAsyncDisposable
{
    readonly string _dataDirectory;
    readonly Dictionary<string, GrpcClient> _channels = [];

    RunningPlatform(DistributedApplication app, string dataDirectory)
    {
        App = app;
        _dataDirectory = dataDirectory;
    }

    public DistributedApplication App { get; }
    public LocalServers Servers => App.Servers ?? throw new InvalidOperationException("The platform has no local servers.");
    public string ConnectionString => Servers.PostgresConnectionString;

    /// <summary>Every call needs a platform token; the bench holds one with every scope it uses.</summary>
    static readonly string[] Scopes = [PlatformScopes.IngestWrite, PlatformScopes.ScoreRead, PlatformScopes.AuditRead];

    /// <summary>The <c>authorization</c> header value for raw HTTP/2 calls.</summary>
    public string Authorization => "Bearer " + PlatformSecurity.Token(_dataDirectory, "bench", Scopes);

    public static async Task<RunningPlatform> StartAsync(string label)
    {
        // Services run as deployed: Production, unless the caller chose otherwise. The AppHost's local default,
        // Development, wraps every request in the developer exception page (3% of a GetScore's CPU).
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production");
        var dataDirectory = RepositoryPaths.DataFolder(Path.Combine("bench", $"{label}-{Guid.NewGuid().ToString("N")[..8]}"));
        var app = PlatformModel.Build(DistributedApplication.CreateBuilder([],
            new DistributedApplicationOptions { DataDirectory = dataDirectory, Durable = false, QuietServices = true }));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await app.StartAsync(timeout.Token);
        return new RunningPlatform(app, dataDirectory);
    }

    /// <summary>One HTTP/2 channel per service, reused by every call, as a long-lived internal client holds it.</summary>
    public GrpcClient Channel(string service)
    {
        lock (_channels)
        {
            if (!_channels.TryGetValue(service, out var channel))
                _channels[service] = channel = new GrpcClient(new Uri(App.Project(service).GrpcUrl), PlatformSecurity.ClientOptions(_dataDirectory, Scopes));
            return channel;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values) channel.Dispose();
        await App.StopAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
