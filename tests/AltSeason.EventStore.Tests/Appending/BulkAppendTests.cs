using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.EventStore.Tests.Messaging;
using AltSeason.EventStore.Tests.Projections;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Appending;

/// <summary>Appends at or over the bulk threshold go by COPY with a client-side hash chain; same guarantees.</summary>
[Collection(ServersFixture.Collection)]
public sealed class BulkAppendTests(ServersFixture servers)
{
    static Deposited[] Deposits(int count, int offset = 0) => [.. Enumerable.Range(offset + 1, count).Select(i => new Deposited(i))];

    [Fact]
    public async Task Bulk_and_row_appends_interleave_into_one_intact_chain_with_the_returned_positions()
    {
        await using var store = await TestStores.CreateAsync(servers, o => o.BulkAppendThreshold = 5);
        var first = await store.AppendAsync("acct-1", ExpectedVersion.NoStream, Deposits(2));
        var bulk = await store.AppendAsync("acct-1", ExpectedVersion.Exactly(2), Deposits(20, 2));
        var after = await store.AppendAsync("acct-1", ExpectedVersion.Exactly(22), Deposits(1, 22));

        Assert.Equal((3L, 22L), (bulk.Streams[0].FromVersion, bulk.Streams[0].ToVersion));
        Assert.Equal(23, after.VersionOf("acct-1"));
        var events = await store.ReadStreamAsync("acct-1");
        Assert.Equal(Deposits(23), events.Select(e => e.Data));
        Assert.Equal([.. first.Streams[0].Positions, .. bulk.Streams[0].Positions, .. after.Streams[0].Positions],
            events.Select(e => e.Position));
        var verification = await store.VerifyStreamAsync("acct-1");
        Assert.True(verification.IsIntact, verification.FirstBreak?.Reason);
        Assert.Equal(23, verification.EventsChecked);
    }

    [Fact]
    public async Task A_losing_bulk_append_writes_nothing_of_its_save_and_burns_no_position()
    {
        await using var store = await TestStores.CreateAsync(servers, o =>
        {
            o.BulkAppendThreshold = 5;
            o.Messages.Register<AccountFunded>("account-funded");
        });
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, Deposits(6));

        var session = store.OpenSession();
        session.StartStream("acct-2", new Opened("bob"));
        session.Append("acct-1", ExpectedVersion.Exactly(3), Deposits(10));
        session.Publish(new AccountFunded("acct-2", 1));
        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => session.SaveChangesAsync());
        await store.AppendAsync("acct-3", ExpectedVersion.NoStream, Deposits(7));

        Assert.Equal(("acct-1", 6L), (error.StreamId, error.ActualVersion));
        Assert.Equal(0, await store.GetStreamVersionAsync("acct-2"));
        Assert.Equal(0, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.outbox"));
        var positions = await TestStores.PositionsAsync(store);
        Assert.Equal(Enumerable.Range((int)positions[0], 13).Select(p => (long)p), positions);
    }

    [Fact]
    public async Task Inline_projections_see_bulk_appended_events_in_the_same_transaction()
    {
        await using var store = await TestStores.CreateAsync(servers, o =>
        {
            o.BulkAppendThreshold = 5;
            o.Projections.AddInline(new BalanceProjection());
        });
        await BalanceProjection.CreateTableAsync(store);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), .. Deposits(9)]);
        Assert.Equal([("acct-1", 45m, 10)], await BalanceProjection.SnapshotAsync(store));
    }
}
