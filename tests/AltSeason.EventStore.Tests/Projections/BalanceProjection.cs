using AltSeason.EventStore.Events;
using AltSeason.EventStore.Projections;
using AltSeason.EventStore.Tests.Infrastructure;
using Npgsql;

namespace AltSeason.EventStore.Tests.Projections;

/// <summary>Counts how many runners are inside a projection at once, and who ran it.</summary>
public sealed class ConcurrencyProbe
{
    int _active;
    int _max;
    public int MaxConcurrent => _max;
    public HashSet<string> Runners { get; } = [];

    public IDisposable Enter(string runner)
    {
        var now = Interlocked.Increment(ref _active);
        int seen;
        while ((seen = _max) < now && Interlocked.CompareExchange(ref _max, now, seen) != seen) { }
        lock (Runners) Runners.Add(runner);
        return new Exit(this);
    }

    sealed class Exit(ConcurrencyProbe probe) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref probe._active);
    }
}

/// <summary>A read model of account balances, usable inline or by the daemon.</summary>
public sealed class BalanceProjection(string runner = "inline", ConcurrencyProbe? probe = null, TimeSpan? delayPerBatch = null)
    : IAsyncProjection, IInlineProjection
{
    public string Name => "balances";

    public static async Task CreateTableAsync(PostgresEventStore store) => await TestStores.ExecuteAsync(store,
        "CREATE TABLE {schema}.balances (stream_id text PRIMARY KEY, balance numeric NOT NULL, events int NOT NULL)");

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        using var _ = probe?.Enter(runner);
        if (delayPerBatch is { } delay) await Task.Delay(delay, cancellationToken);
        foreach (var e in events)
        {
            var delta = e.Data switch { Deposited d => d.Amount, Withdrawn w => -w.Amount, _ => 0m };
            if (e.Data is Withdrawn { Amount: < 0 }) throw new InvalidOperationException("negative withdrawal");
            await using var command = context.CreateCommand($"""
                INSERT INTO "{context.Schema}".balances AS b (stream_id, balance, events) VALUES ($1, $2, 1)
                ON CONFLICT (stream_id) DO UPDATE SET balance = b.balance + $2, events = b.events + 1
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = e.StreamId });
            command.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = delta });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = context.CreateCommand($"""DELETE FROM "{context.Schema}".balances""");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<List<(string Stream, decimal Balance, int Events)>> SnapshotAsync(PostgresEventStore store)
    {
        var rows = new List<(string, decimal, int)>();
        await using var command = store.DataSource.CreateCommand(
            $"""SELECT stream_id, balance, events FROM "{store.Schema}".balances ORDER BY stream_id COLLATE "C" """);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetDecimal(1), reader.GetInt32(2)));
        return rows;
    }
}
