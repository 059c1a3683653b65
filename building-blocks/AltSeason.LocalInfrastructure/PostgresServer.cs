using Npgsql;

namespace AltSeason.LocalInfrastructure;

/// <summary>A private PostgreSQL cluster in a folder of its own, listening on 127.0.0.1 only.</summary>
public sealed class PostgresServer(string dataDirectory, int port, LocalServersOptions options) : IAsyncDisposable
{
    const string User = "postgres";
    SupervisedProcess? _process;

    public string DataDirectory { get; } = Path.Combine(dataDirectory, "postgres");
    public int Port { get; } = port;
    public bool IsRunning => _process is { HasExited: false };

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Database = database,
        MaxPoolSize = 50,
    }.ConnectionString;

    public async Task StartAsync(CancellationToken ct)
    {
        if (IsRunning) return;
        var bin = ServerBinaries.PostgresBinDirectory();
        var runAs = ProcessRunner.IsRoot ? User : null;
        var socketDirectory = Path.Combine(Path.GetDirectoryName(DataDirectory)!, "postgres-sockets");
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(socketDirectory);
        if (runAs is not null)
            await ProcessRunner.RunAsync(["chown", "-R", $"{User}:{User}", DataDirectory, socketDirectory], ct);

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await ProcessRunner.RunAsync(ProcessRunner.AsUser(runAs, Path.Combine(bin, "initdb"), "-D", DataDirectory,
                "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"), ct);
        }

        string[] settings =
        [
            "listen_addresses=127.0.0.1", $"unix_socket_directories={socketDirectory}", "max_connections=300",
            "shared_buffers=128MB", "logging_collector=off",
            // Every table the services create compresses large values with lz4, not pglz (see the event store's 006 script).
            "default_toast_compression=lz4",
            .. options.Durable ? Array.Empty<string>() : ["fsync=off", "synchronous_commit=off", "full_page_writes=off"],
        ];
        var command = ProcessRunner.AsUser(runAs, [Path.Combine(bin, "postgres"), "-D", DataDirectory, "-p", Port.ToString(),
            .. settings.SelectMany(s => new[] { "-c", s })]);
        _process = SupervisedProcess.Start("postgres", "INT", command, log: options.Log);

        await WaitUntilReadyAsync(ct);
        await EnsureDatabaseAsync(options.Database, ct);
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        await _process.DisposeAsync();
        _process = null;
    }

    public async Task EnsureDatabaseAsync(string database, CancellationToken ct)
    {
        // Unpooled: after a restart of the server a pooled connection would be a dead one.
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        // CREATE DATABASE takes no parameters; the name is quoted as an identifier.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        await create.ExecuteNonQueryAsync(ct);
    }

    async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + options.StartTimeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning) throw new LocalInfrastructureException($"PostgreSQL exited during start-up (data directory {DataDirectory}, port {Port}).");
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Timeout=2;Pooling=false");
                await connection.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException e)
            {
                last = e;
                await Task.Delay(100, ct);
            }
        }
        throw new LocalInfrastructureException($"PostgreSQL did not accept connections on 127.0.0.1:{Port} within {options.StartTimeout.TotalSeconds}s.", last);
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
