using AltSeason.EventStore.Configuration;
using AltSeason.Testing;
using Npgsql;

namespace AltSeason.EventStore.Tests.Infrastructure;

/// <summary>Builds a migrated store in a fresh schema of a shared test database, so tests never see each other's rows.</summary>
public static class TestStores
{
    static readonly SemaphoreSlim DatabaseGate = new(1, 1);
    static string? _connectionString;

    public static async Task<PostgresEventStore> CreateAsync(ServersFixture servers, Action<EventStoreOptions>? configure = null,
        string? schema = null)
    {
        var options = new EventStoreOptions
        {
            Schema = schema ?? NewSchemaName(),
            ConnectionString = await ConnectionStringAsync(servers),
        };
        options.Events.Register<Opened>("account-opened").Register<Deposited>("deposited").Register<Withdrawn>("withdrawn");
        configure?.Invoke(options);
        var store = new PostgresEventStore(options);
        await store.MigrateAsync();
        return store;
    }

    public static string NewSchemaName() => "es_" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<string> ConnectionStringAsync(ServersFixture servers)
    {
        await DatabaseGate.WaitAsync();
        try
        {
            return _connectionString ??= await servers.CreateDatabaseAsync("eventstore_tests_" + Environment.ProcessId);
        }
        finally
        {
            DatabaseGate.Release();
        }
    }

    public static async Task<T?> ScalarAsync<T>(PostgresEventStore store, string sql)
    {
        await using var command = store.DataSource.CreateCommand(sql.Replace("{schema}", $"\"{store.Schema}\"", StringComparison.Ordinal));
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    public static async Task ExecuteAsync(PostgresEventStore store, string sql)
    {
        await using var command = store.DataSource.CreateCommand(sql.Replace("{schema}", $"\"{store.Schema}\"", StringComparison.Ordinal));
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<long>> PositionsAsync(PostgresEventStore store)
    {
        var positions = new List<long>();
        await using var command = store.DataSource.CreateCommand($"""SELECT position FROM "{store.Schema}".events ORDER BY position""");
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) positions.Add(reader.GetInt64(0));
        return positions;
    }
}
