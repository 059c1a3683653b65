namespace AltSeason.LocalInfrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ for the AppHost, the tests and the benchmarks: the servers named by
/// <c>ConnectionStrings__eventstore</c>/<c>ConnectionStrings__messaging</c> when those are set, otherwise private
/// servers started from the Debian packages in a data folder of their own, on free 127.0.0.1 ports.
/// </summary>
public sealed class LocalServers : IAsyncDisposable
{
    LocalServers(string postgresConnectionString, Uri? rabbitMqUri, PostgresServer? postgres, RabbitMqServer? rabbitMq)
    {
        PostgresConnectionString = postgresConnectionString;
        RabbitMqUri = rabbitMqUri;
        Postgres = postgres;
        RabbitMq = rabbitMq;
    }

    public string PostgresConnectionString { get; }
    public Uri? RabbitMqUri { get; }

    /// <summary>The local PostgreSQL, or null when a configured external one is used.</summary>
    public PostgresServer? Postgres { get; }

    /// <summary>The local RabbitMQ, or null when a configured external one is used (or none was asked for).</summary>
    public RabbitMqServer? RabbitMq { get; }

    public static async Task<LocalServers> StartAsync(LocalServersOptions options, CancellationToken ct = default)
    {
        var configuredDb = options.UseConfiguredServers ? Environment.GetEnvironmentVariable("ConnectionStrings__eventstore") : null;
        var configuredMq = options.UseConfiguredServers ? Environment.GetEnvironmentVariable("ConnectionStrings__messaging") : null;
        var dataDirectory = Path.GetFullPath(options.DataDirectory ?? RepositoryPaths.DataFolder("local"));
        Directory.CreateDirectory(dataDirectory);
        var ports = FreePorts.Pick(4);

        PostgresServer? postgres = null;
        RabbitMqServer? rabbitMq = null;
        try
        {
            if (options.Postgres && string.IsNullOrEmpty(configuredDb))
            {
                postgres = new PostgresServer(dataDirectory, ports[0], options);
            }
            if (options.RabbitMq && string.IsNullOrEmpty(configuredMq))
            {
                rabbitMq = new RabbitMqServer(dataDirectory, ports[1], ports[2], ports[3], options);
            }
            // Both servers boot in parallel: RabbitMQ's few seconds of Erlang start-up dominate.
            await Task.WhenAll(
                postgres?.StartAsync(ct) ?? Task.CompletedTask,
                rabbitMq?.StartAsync(ct) ?? Task.CompletedTask);
        }
        catch
        {
            if (rabbitMq is not null) await rabbitMq.StopAsync();
            if (postgres is not null) await postgres.StopAsync();
            throw;
        }

        var connectionString = postgres?.ConnectionString(options.Database) ?? configuredDb ?? "";
        var amqp = rabbitMq?.Uri ?? (string.IsNullOrEmpty(configuredMq) ? null : new Uri(configuredMq));
        return new LocalServers(connectionString, amqp, postgres, rabbitMq);
    }

    /// <summary>Stops RabbitMQ before PostgreSQL: the reverse of what depends on what in the platform.</summary>
    public async ValueTask DisposeAsync()
    {
        if (RabbitMq is not null) await RabbitMq.StopAsync();
        if (Postgres is not null) await Postgres.StopAsync();
    }
}
