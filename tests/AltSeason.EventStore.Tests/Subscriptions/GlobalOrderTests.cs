using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Subscriptions;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Subscriptions;

[Collection(ServersFixture.Collection)]
public sealed class GlobalOrderTests(ServersFixture servers)
{
    [Fact]
    public async Task A_transaction_that_took_its_position_first_but_commits_last_is_delivered_not_skipped()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("early-0", ExpectedVersion.NoStream, [new Opened("before")]);
        var subscriber = new List<string>();
        var checkpoint = await DrainAsync(store, Checkpoint.Start, subscriber);
        Assert.Equal(["early-0"], subscriber);

        // Connection A takes a position inside an open transaction...
        await using var slowConnection = await store.DataSource.OpenConnectionAsync();
        await using var slow = await slowConnection.BeginTransactionAsync();
        var slowResult = await store.OpenSession(slowConnection, slow).StartStream("slow-1", new Opened("slow")).SaveChangesAsync();
        // ...connection B takes a later position and commits first.
        var fastResult = await store.AppendAsync("fast-1", ExpectedVersion.NoStream, [new Opened("fast")]);
        Assert.True(slowResult.Streams[0].Positions[0] < fastResult.Streams[0].Positions[0]);

        // While A is open, nothing at or after its transaction is handed out: B waits behind it.
        checkpoint = await DrainAsync(store, checkpoint, subscriber);
        Assert.Equal(["early-0"], subscriber);

        await slow.CommitAsync();
        checkpoint = await DrainAsync(store, checkpoint, subscriber);
        Assert.Equal(["early-0", "slow-1", "fast-1"], subscriber);
        Assert.Empty(await store.ReadAllAsync(checkpoint, 10));
    }

    [Fact]
    public async Task Global_reads_page_through_every_event_once_in_transaction_then_position_order()
    {
        await using var store = await TestStores.CreateAsync(servers);
        for (var i = 0; i < 7; i++)
        {
            var session = store.OpenSession();
            session.StartStream($"s-{i}", new Opened($"o{i}"), new Deposited(i));
            await session.SaveChangesAsync();
        }

        var seen = new List<(ulong Tx, long Position)>();
        var checkpoint = Checkpoint.Start;
        while (await store.ReadAllAsync(checkpoint, 3) is { Count: > 0 } page)
        {
            seen.AddRange(page.Select(e => (e.TransactionId, e.Position)));
            checkpoint = page[^1].Checkpoint;
        }

        Assert.Equal(14, seen.Count);
        Assert.Equal(seen.OrderBy(s => s.Tx).ThenBy(s => s.Position), seen);
        Assert.Equal(7, seen.Select(s => s.Tx).Distinct().Count());
    }

    static async Task<Checkpoint> DrainAsync(PostgresEventStore store, Checkpoint from, List<string> delivered)
    {
        var checkpoint = from;
        while (await store.ReadAllAsync(checkpoint, 100) is { Count: > 0 } page)
        {
            delivered.AddRange(page.Select(e => e.StreamId));
            checkpoint = page[^1].Checkpoint;
        }
        return checkpoint;
    }
}
