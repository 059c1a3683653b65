using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Projections;

[Collection(ServersFixture.Collection)]
public sealed class InlineProjectionTests(ServersFixture servers)
{
    [Fact]
    public async Task The_read_model_commits_with_the_events_and_rolls_back_with_them()
    {
        await using var store = await TestStores.CreateAsync(servers, o => o.Projections.AddInline(new BalanceProjection()));
        await BalanceProjection.CreateTableAsync(store);

        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(50)]);
        Assert.Equal([("acct-1", 50m, 2)], await BalanceProjection.SnapshotAsync(store));

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.AppendAsync("acct-1", ExpectedVersion.Exactly(1), [new Deposited(9)]));
        // The projection throws on this event: the events must not be stored without their read model.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.AppendAsync("acct-1", ExpectedVersion.Exactly(2), [new Deposited(1), new Withdrawn(-5)]));

        Assert.Equal([("acct-1", 50m, 2)], await BalanceProjection.SnapshotAsync(store));
        Assert.Equal(2, await store.GetStreamVersionAsync("acct-1"));
        Assert.Equal(2, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.events"));
    }
}
