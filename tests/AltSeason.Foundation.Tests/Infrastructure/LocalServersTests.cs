using System.Diagnostics;
using AltSeason.LocalInfrastructure;
using Npgsql;
using RabbitMQ.Client;

namespace AltSeason.Foundation.Tests.Infrastructure;

public sealed class LocalServersTests
{
    static string NewDataDirectory() => RepositoryPaths.DataFolder(Path.Combine("tests", "infra-" + Guid.NewGuid().ToString("N")[..12]));

    static LocalServersOptions Options(string dir) => new() { DataDirectory = dir, UseConfiguredServers = false, Durable = false };

    [Fact]
    public async Task Starts_both_servers_stops_them_and_starts_again_in_the_same_data_directory()
    {
        var dir = NewDataDirectory();
        int postgresPort, rabbitPort;
        await using (var servers = await LocalServers.StartAsync(Options(dir)))
        {
            postgresPort = servers.Postgres!.Port;
            rabbitPort = servers.RabbitMq!.Port;
            await using var db = new NpgsqlConnection(servers.PostgresConnectionString);
            await db.OpenAsync();
            await using (var cmd = new NpgsqlCommand("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42);", db)) await cmd.ExecuteNonQueryAsync();
            await using var mq = await new ConnectionFactory { Uri = servers.RabbitMqUri! }.CreateConnectionAsync();
            Assert.True(mq.IsOpen);
        }
        Assert.False(PortAnswers(postgresPort));
        Assert.False(PortAnswers(rabbitPort));

        await using (var again = await LocalServers.StartAsync(Options(dir)))
        {
            await using var db = new NpgsqlConnection(again.PostgresConnectionString);
            await db.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT v FROM kept", db);
            Assert.Equal(42, await cmd.ExecuteScalarAsync());
        }
        Directory.Delete(dir, recursive: true);
    }

    internal static bool PortAnswers(int port)
    {
        using var client = new System.Net.Sockets.TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
