using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Projections;
using AltSeason.EventStore.Subscriptions;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Projections;

[Collection(ServersFixture.Collection)]
public sealed class AsyncProjectionTests(ServersFixture servers)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Stopped_mid_way_and_restarted_the_projection_equals_a_rebuild_from_zero()
    {
        var schema = TestStores.NewSchemaName();
        await using var store = await StoreAsync(schema, new BalanceProjection(delayPerBatch: TimeSpan.FromMilliseconds(30)));
        await BalanceProjection.CreateTableAsync(store);
        await SeedAsync(store, accounts: 20, depositsEach: 10);

        using (var first = new ProjectionDaemon(store))
        {
            await first.StartAsync(CancellationToken.None);
            await WaitUntilAsync(async () => await first.GetCheckpointAsync("balances") > Checkpoint.Start);
            await first.StopAsync(CancellationToken.None);
        }
        var appliedBeforeStop = (await BalanceProjection.SnapshotAsync(store)).Sum(r => r.Events);
        Assert.InRange(appliedBeforeStop, 1, 219); // stopped part-way through the 220 events

        await SeedAsync(store, accounts: 25, depositsEach: 2, prefix: "late"); // written while no daemon runs
        var end = await LastCheckpointAsync(store);
        using (var restarted = new ProjectionDaemon(store))
        {
            await restarted.StartAsync(CancellationToken.None);
            await WaitUntilAsync(async () => await restarted.GetCheckpointAsync("balances") == end);
            await restarted.StopAsync(CancellationToken.None);
        }
        var resumed = await BalanceProjection.SnapshotAsync(store);

        await using var fresh = await StoreAsync(schema, new BalanceProjection());
        using var rebuilder = new ProjectionDaemon(fresh);
        await rebuilder.RebuildAsync("balances");
        var rebuilt = await BalanceProjection.SnapshotAsync(fresh);

        Assert.Equal(rebuilt, resumed);
        Assert.Equal(220 + 75, resumed.Sum(r => r.Events));
        foreach (var (stream, balance, _) in rebuilt)
            Assert.Equal((await store.AggregateStreamAsync<Account>(stream))!.Balance, balance);
        Assert.Equal(end, await rebuilder.GetCheckpointAsync("balances"));
    }

    [Fact]
    public async Task Two_daemons_on_one_projection_never_run_it_together_and_the_second_takes_over()
    {
        var schema = TestStores.NewSchemaName();
        var probe = new ConcurrencyProbe();
        await using var storeA = await StoreAsync(schema, new BalanceProjection("a", probe, TimeSpan.FromMilliseconds(10)));
        await using var storeB = await StoreAsync(schema, new BalanceProjection("b", probe, TimeSpan.FromMilliseconds(10)));
        await BalanceProjection.CreateTableAsync(storeA);

        using var daemonA = new ProjectionDaemon(storeA);
        using var daemonB = new ProjectionDaemon(storeB);
        await daemonA.StartAsync(CancellationToken.None);
        await daemonB.StartAsync(CancellationToken.None);
        await SeedAsync(storeA, accounts: 10, depositsEach: 10);
        var end = await LastCheckpointAsync(storeA);
        await WaitUntilAsync(async () => await daemonA.GetCheckpointAsync("balances") == end,
            async () => $"checkpoint {await daemonA.GetCheckpointAsync("balances")}, end {end}, runners {string.Join(",", probe.Runners)}");

        Assert.Single(probe.Runners);
        Assert.False(await daemonA.CatchUpAsync("balances")); // a third runner is refused while one leads
        var leader = probe.Runners.Single() == "a" ? daemonA : daemonB;
        await leader.StopAsync(CancellationToken.None);

        await SeedAsync(storeB, accounts: 5, depositsEach: 4, prefix: "after");
        end = await LastCheckpointAsync(storeB);
        await WaitUntilAsync(async () => await daemonB.GetCheckpointAsync("balances") == end);
        await daemonA.StopAsync(CancellationToken.None);
        await daemonB.StopAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], probe.Runners.Order());
        Assert.Equal(1, probe.MaxConcurrent);
        Assert.Equal(110 + 25, (await BalanceProjection.SnapshotAsync(storeA)).Sum(r => r.Events));
    }

    Task<PostgresEventStore> StoreAsync(string schema, BalanceProjection projection) => TestStores.CreateAsync(servers, o =>
    {
        o.Projections.AddAsync(projection);
        o.Daemon.BatchSize = 10;
        o.Daemon.PollInterval = TimeSpan.FromMilliseconds(20);
        o.Daemon.LeaderRetryInterval = TimeSpan.FromMilliseconds(100);
    }, schema);

    static async Task SeedAsync(PostgresEventStore store, int accounts, int depositsEach, string prefix = "acct")
    {
        for (var a = 0; a < accounts; a++)
        {
            var session = store.OpenSession();
            session.StartStream($"{prefix}-{a}", [new Opened($"owner-{a}"), .. Enumerable.Range(1, depositsEach).Select(i => new Deposited(i))]);
            await session.SaveChangesAsync();
        }
    }

    // Straight from the table: a global read could stop short while a daemon's own write transaction is open.
    static async Task<Checkpoint> LastCheckpointAsync(PostgresEventStore store)
    {
        await using var command = store.DataSource.CreateCommand(
            $"""SELECT transaction_id, position FROM "{store.Schema}".events ORDER BY transaction_id DESC, position DESC LIMIT 1""");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new Checkpoint(reader.GetFieldValue<ulong>(0), reader.GetInt64(1));
    }

    static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<Task<string>>? describe = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The projection did not get there in time: {(describe is null ? "" : await describe())}");
            await Task.Delay(20);
        }
    }
}
