using System.Text.Json;
using AltSeason.LocalInfrastructure;

namespace AltSeason.AppHost;

/// <summary>
/// <c>AltSeason.AppHost infra [--data-dir DIR] [--ports-file FILE]</c>: only PostgreSQL and RabbitMQ, for working on
/// one service from an IDE. Prints the environment to export; runs until Ctrl+C, SIGTERM or its parent dies.
/// </summary>
static class InfrastructureOnly
{
    public static async Task<int> RunAsync(string[] args)
    {
        var dataDirectory = Option(args, "--data-dir") ?? RepositoryPaths.DataFolder("infra");
        using var shutdown = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; shutdown.Cancel(); };
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; shutdown.Cancel(); });

        await using var servers = await LocalServers.StartAsync(new LocalServersOptions { DataDirectory = dataDirectory, UseConfiguredServers = false });
        Console.WriteLine($"export ConnectionStrings__eventstore='{servers.PostgresConnectionString}'");
        Console.WriteLine($"export ConnectionStrings__messaging='{servers.RabbitMqUri}'");
        if (Option(args, "--ports-file") is { } portsFile)
        {
            var ports = new { postgres = servers.Postgres!.Port, rabbitmq = servers.RabbitMq!.Port, epmd = servers.RabbitMq.EpmdPort };
            await File.WriteAllTextAsync(portsFile + ".tmp", JsonSerializer.Serialize(ports));
            File.Move(portsFile + ".tmp", portsFile, overwrite: true);
        }
        try
        {
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException) { }
        return 0;
    }

    static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
