using AltSeason.LocalInfrastructure;
using Npgsql;
using Xunit;

namespace AltSeason.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ for a test assembly, started once through <see cref="LocalServers"/> in a private,
/// throwaway data folder and always owned by the tests (never an external server: tests stop and start them).
/// Share it with a collection fixture defined in the test assembly:
/// <code>[CollectionDefinition(ServersFixture.Collection)] public class ServersCollection : ICollectionFixture&lt;ServersFixture&gt;;</code>
/// </summary>
public class ServersFixture : IAsyncLifetime
{
    public const string Collection = "real servers";
    string? _dataDirectory;
    LocalServers? _servers;

    protected virtual bool WithRabbitMq => true;

    public LocalServers Servers => _servers ?? throw new InvalidOperationException("Servers are not started yet.");
    public PostgresServer Postgres => Servers.Postgres!;
    public RabbitMqServer RabbitMq => Servers.RabbitMq ?? throw new InvalidOperationException("This fixture runs no RabbitMQ.");
    public string ConnectionString => Servers.PostgresConnectionString;
    public Uri AmqpUri => RabbitMq.Uri;

    public async Task InitializeAsync()
    {
        _dataDirectory = RepositoryPaths.DataFolder(Path.Combine("tests", $"{GetType().Name}-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]));
        _servers = await LocalServers.StartAsync(new LocalServersOptions
        {
            DataDirectory = _dataDirectory,
            RabbitMq = WithRabbitMq,
            UseConfiguredServers = false,
            Durable = false,
        });
    }

    /// <summary>A new empty database on the shared server, so tests stay independent and can run in parallel.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N")[..16];
        await Postgres.EnsureDatabaseAsync(name, CancellationToken.None);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_servers is not null) await _servers.DisposeAsync();
        if (_dataDirectory is not null && Directory.Exists(_dataDirectory))
        {
            try { Directory.Delete(_dataDirectory, recursive: true); }
            catch (IOException) { /* a server file still closing; the folder is git-ignored and cleaned next run */ }
        }
    }
}

/// <summary>Only PostgreSQL: for test assemblies that never touch the broker (starts in about a second).</summary>
public sealed class PostgresFixture : ServersFixture
{
    protected override bool WithRabbitMq => false;
}
