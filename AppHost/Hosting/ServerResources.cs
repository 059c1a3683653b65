using AltSeason.LocalInfrastructure;

namespace AltSeason.AppHost.Hosting;

/// <summary>PostgreSQL; <see cref="AddDatabase"/> names the database the services get as a connection string.</summary>
public sealed class PostgresResource(string name, LocalServersHost host, Func<IResource, IResource> register) : IResource
{
    public string Name => name;
    public string Kind => "PostgreSQL 15";
    public ResourceState State => host.State;
    public IReadOnlyList<IResource> WaitsFor => [];
    public IEnumerable<string> Endpoints => host.Servers?.Postgres is { } pg ? [$"tcp://127.0.0.1:{pg.Port}"] : ["(configured server)"];

    public DatabaseResource AddDatabase(string connectionName, string databaseName = "altseason")
    {
        host.Database = databaseName;
        return (DatabaseResource)register(new DatabaseResource(connectionName, this, host));
    }
}

public sealed class DatabaseResource(string name, PostgresResource server, LocalServersHost host) : IConnectionStringResource
{
    public string Name => name;
    public string Kind => "database";
    public ResourceState State => host.State;
    public IReadOnlyList<IResource> WaitsFor => [server];
    public IEnumerable<string> Endpoints => [$"database {host.Database}"];
    public string ConnectionString => host.Servers!.PostgresConnectionString;
}

public sealed class RabbitMqResource(string name, LocalServersHost host) : IConnectionStringResource
{
    public string Name => name;
    public string Kind => "RabbitMQ";
    public ResourceState State => host.State;
    public IReadOnlyList<IResource> WaitsFor => [];
    public IEnumerable<string> Endpoints => [ConnectionStringOrPending];
    public string ConnectionString => host.Servers!.RabbitMqUri!.ToString();
    string ConnectionStringOrPending => host.Servers?.RabbitMqUri?.ToString() ?? "";
}

/// <summary>Starts PostgreSQL and RabbitMQ together (in parallel) through the shared <see cref="LocalServers"/>.</summary>
public sealed class LocalServersHost(string dataDirectory, bool durable)
{
    public LocalServers? Servers { get; private set; }
    public ResourceState State { get; private set; } = ResourceState.Pending;
    public string Database { get; set; } = "altseason";

    public async Task StartAsync(Action<string, string> log, CancellationToken ct)
    {
        State = ResourceState.Starting;
        try
        {
            Servers = await LocalServers.StartAsync(new LocalServersOptions { DataDirectory = dataDirectory, Database = Database, Durable = durable, Log = log }, ct);
            State = ResourceState.Healthy;
        }
        catch
        {
            State = ResourceState.Failed;
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (Servers is null) return;
        State = ResourceState.Stopping;
        await Servers.DisposeAsync();
        State = ResourceState.Stopped;
    }
}
