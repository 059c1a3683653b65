using RabbitMQ.Client;

namespace AltSeason.LocalInfrastructure;

/// <summary>
/// A private RabbitMQ node with its own epmd on private ports, so it neither meets a system broker nor leaks an
/// epmd daemon: we start epmd ourselves (supervised) and the broker finds it through <c>ERL_EPMD_PORT</c>.
/// </summary>
public sealed class RabbitMqServer(string dataDirectory, int amqpPort, int distributionPort, int epmdPort, LocalServersOptions options) : IAsyncDisposable
{
    SupervisedProcess? _epmd;
    SupervisedProcess? _broker;

    public string DataDirectory { get; } = Path.Combine(dataDirectory, "rabbitmq");
    public int Port { get; } = amqpPort;
    public int EpmdPort { get; } = epmdPort;
    public Uri Uri => new($"amqp://guest:guest@127.0.0.1:{Port}/");
    public bool IsRunning => _broker is { HasExited: false };

    public async Task StartAsync(CancellationToken ct)
    {
        if (IsRunning) return;
        var server = ServerBinaries.RabbitMqServer();
        var home = Path.Combine(DataDirectory, "home");
        foreach (var dir in new[] { "mnesia", "log", "home" }) Directory.CreateDirectory(Path.Combine(DataDirectory, dir));
        var config = Path.Combine(DataDirectory, "rabbitmq.conf");
        await File.WriteAllTextAsync(config, $"""
            listeners.tcp.1 = 127.0.0.1:{Port}
            loopback_users = none
            disk_free_limit.absolute = 50MB
            log.console = true
            log.console.level = warning
            log.file = false
            """, ct);
        var plugins = Path.Combine(DataDirectory, "enabled_plugins");
        await File.WriteAllTextAsync(plugins, "[].", ct);
        var envFile = Path.Combine(DataDirectory, "rabbitmq-env.conf");
        await File.WriteAllTextAsync(envFile, "", ct);

        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["ERL_EPMD_PORT"] = EpmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODENAME"] = "altseason@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
            ["RABBITMQ_CONFIG_FILE"] = config,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_CONF_ENV_FILE"] = envFile,
            ["RABBITMQ_PID_FILE"] = Path.Combine(DataDirectory, "rabbitmq.pid"),
        };
        _epmd = SupervisedProcess.Start("epmd", "TERM", [ServerBinaries.Epmd(), "-port", EpmdPort.ToString(), "-address", "127.0.0.1"], environment, options.Log);
        _broker = SupervisedProcess.Start("rabbitmq", "TERM", [server], environment, options.Log);
        await WaitUntilReadyAsync(ct);
    }

    public async Task StopAsync()
    {
        if (_broker is not null) await _broker.DisposeAsync();
        if (_epmd is not null) await _epmd.DisposeAsync();
        _broker = null;
        _epmd = null;
    }

    async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = Uri, RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + options.StartTimeout;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning) throw new LocalInfrastructureException($"RabbitMQ exited during start-up (data directory {DataDirectory}, port {Port}); see its log in {Path.Combine(DataDirectory, "log")}.");
            try
            {
                await using var connection = await factory.CreateConnectionAsync(ct);
                return;
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or System.Net.Sockets.SocketException)
            {
                last = e;
                await Task.Delay(250, ct);
            }
        }
        throw new LocalInfrastructureException($"RabbitMQ did not accept AMQP connections on 127.0.0.1:{Port} within {options.StartTimeout.TotalSeconds}s.", last);
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
