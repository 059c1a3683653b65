using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Reading;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Reading;

public sealed record PriceV1(string Symbol, decimal Price);
public sealed record PriceV2(string Symbol, decimal Price, string Currency);

[Collection(ServersFixture.Collection)]
public sealed class AggregationTests(ServersFixture servers)
{
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Folds_the_whole_stream_and_returns_null_for_a_stream_without_events()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(10), new Withdrawn(4)]);

        Assert.Equal(new Account("ann", 6m, 3), await store.AggregateStreamAsync<Account>("acct-1"));
        Assert.Null(await store.AggregateStreamAsync<Account>("acct-none"));
    }

    [Fact]
    public async Task Time_travel_by_version_and_by_timestamp_returns_the_state_as_it_was()
    {
        var clock = new ManualClock(Monday);
        await using var store = await TestStores.CreateAsync(servers, o => o.Clock = clock);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(100)]);
        clock.Now = Monday.AddDays(1);
        await store.AppendAsync("acct-1", ExpectedVersion.Exactly(2), [new Withdrawn(30)]);
        clock.Now = Monday.AddDays(2);
        await store.AppendAsync("acct-1", ExpectedVersion.Exactly(3), [new Deposited(5), new Deposited(1)]);

        Assert.Equal(new Account("ann", 0m, 1), await store.AggregateStreamAsync<Account>("acct-1", version: 1));
        Assert.Equal(new Account("ann", 70m, 3), await store.AggregateStreamAsync<Account>("acct-1", version: 3));
        Assert.Equal(new Account("ann", 100m, 2), await store.AggregateStreamAsync<Account>("acct-1", asOf: Monday.AddHours(12)));
        Assert.Equal(new Account("ann", 70m, 3), await store.AggregateStreamAsync<Account>("acct-1", asOf: Monday.AddDays(1)));
        Assert.Equal(new Account("ann", 76m, 5), await store.AggregateStreamAsync<Account>("acct-1", asOf: Monday.AddDays(3)));
        Assert.Null(await store.AggregateStreamAsync<Account>("acct-1", asOf: Monday.AddSeconds(-1)));
        Assert.Equal(new Account("ann", 100m, 2),
            await store.AggregateStreamAsync<Account>("acct-1", version: 4, asOf: Monday.AddHours(1)));
    }

    [Fact]
    public async Task Without_an_injected_clock_recorded_at_is_the_database_transaction_time()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var before = await TestStores.ScalarAsync<DateTime>(store, "SELECT now()");
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann")]);
        var after = await TestStores.ScalarAsync<DateTime>(store, "SELECT now()");

        var recorded = (await store.ReadStreamAsync("acct-1"))[0].RecordedAt.UtcDateTime;
        Assert.InRange(recorded, before, after);
    }

    [Fact]
    public async Task Upcasters_lift_old_shapes_to_the_current_type_on_read()
    {
        var schema = TestStores.NewSchemaName();
        await using (var old = await TestStores.CreateAsync(servers, o => o.Events.Register<PriceV1>("price-observed", 1), schema))
            await old.AppendAsync("px-btc", ExpectedVersion.NoStream, [new PriceV1("BTC", 60000m)]);

        await using var current = await TestStores.CreateAsync(servers, o => o.Events
            .Register<PriceV2>("price-observed", 2)
            .Upcast("price-observed", 1, json => { json["currency"] = "USD"; return json; }), schema);
        await current.AppendAsync("px-btc", ExpectedVersion.Exactly(1), [new PriceV2("BTC", 61000m, "EUR")]);

        var events = await current.ReadStreamAsync("px-btc");
        Assert.Equal([new PriceV2("BTC", 60000m, "USD"), new PriceV2("BTC", 61000m, "EUR")], events.Select(e => e.Data));
        Assert.Equal([1, 2], events.Select(e => e.TypeVersion));
        Assert.Equal("""{"symbol":"BTC","price":60000}""", events[0].Json); // the stored bytes stay as written
    }

    [Fact]
    public async Task Unknown_or_too_new_event_types_on_read_name_type_stream_and_version()
    {
        var schema = TestStores.NewSchemaName();
        await using (var writer = await TestStores.CreateAsync(servers, o => o.Events.Register<PriceV2>("price-observed", 2), schema))
            await writer.AppendAsync("px-eth", ExpectedVersion.NoStream, [new Deposited(1), new PriceV2("ETH", 3000m, "USD")]);

        await using var withoutPrice = await TestStores.CreateAsync(servers, schema: schema);
        var unknown = await Assert.ThrowsAsync<UnknownEventTypeException>(() => withoutPrice.ReadStreamAsync("px-eth"));
        Assert.Equal(("price-observed", "px-eth", 2L), (unknown.TypeName, unknown.StreamId, unknown.Version));

        await using var older = await TestStores.CreateAsync(servers, o => o.Events.Register<PriceV1>("price-observed", 1), schema);
        var tooNew = await Assert.ThrowsAsync<UnknownEventTypeException>(() => older.ReadStreamAsync("px-eth"));
        Assert.Contains("newer", tooNew.Message, StringComparison.Ordinal);

        await using var noUpcaster = await TestStores.CreateAsync(servers, o => o.Events.Register<PriceV2>("price-observed", 3), schema);
        var gap = await Assert.ThrowsAsync<UnknownEventTypeException>(() => noUpcaster.ReadStreamAsync("px-eth"));
        Assert.Contains("no upcaster from v2", gap.Message, StringComparison.Ordinal);

        // Reading up to the last known event still works.
        Assert.Single(await withoutPrice.ReadStreamAsync("px-eth", new ReadStreamOptions { ToVersion = 1 }));
    }

    [Fact]
    public async Task A_long_replay_reports_the_earliest_unreadable_event()
    {
        var schema = TestStores.NewSchemaName();
        await using (var writer = await TestStores.CreateAsync(servers, o => o.Events.Register<PriceV2>("price-observed", 2), schema))
        {
            await writer.AppendAsync("px-sol", ExpectedVersion.NoStream, [.. Enumerable.Range(1, 149).Select(i => new Deposited(i))]);
            await writer.AppendAsync("px-sol", ExpectedVersion.Exactly(149), [new PriceV2("SOL", 150m, "USD")]);
            await writer.AppendAsync("px-sol", ExpectedVersion.Exactly(150), [.. Enumerable.Range(1, 200).Select(i => new Deposited(i))]);
            await writer.AppendAsync("px-sol", ExpectedVersion.Exactly(350), [new PriceV2("SOL", 151m, "USD")]);
        }

        await using var reader = await TestStores.CreateAsync(servers, schema: schema);
        var error = await Assert.ThrowsAsync<UnknownEventTypeException>(() => reader.ReadStreamAsync("px-sol"));
        Assert.Equal(150, error.Version);
        Assert.Equal(149, (await reader.ReadStreamAsync("px-sol", new ReadStreamOptions { ToVersion = 149 })).Count);
    }
}
