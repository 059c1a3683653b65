using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Reading;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;

namespace AltSeason.EventStore.Tests.Appending;

[Collection(ServersFixture.Collection)]
public sealed class AppendTests(ServersFixture servers)
{
    [Fact]
    public async Task Start_then_append_with_exact_version_numbers_events_from_one()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var started = await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(10)]);
        var appended = await store.AppendAsync("acct-1", ExpectedVersion.Exactly(2), [new Withdrawn(3)]);

        Assert.Equal((1, 2), (started.Streams[0].FromVersion, started.Streams[0].ToVersion));
        Assert.Equal(3, appended.VersionOf("acct-1"));
        Assert.Equal(3, await store.GetStreamVersionAsync("acct-1"));
        var events = await store.ReadStreamAsync("acct-1");
        Assert.Equal([1L, 2, 3], events.Select(e => e.Version));
        Assert.Equal(new Withdrawn(3), events[2].Data);
        Assert.Equal("withdrawn", events[2].EventType);
    }

    [Fact]
    public async Task Wrong_expected_version_raises_typed_error_with_both_versions_and_writes_nothing()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(1)]);

        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("acct-1", ExpectedVersion.Exactly(1), [new Deposited(5)]));
        var again = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("bob")]));
        var missing = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("acct-2", ExpectedVersion.Exactly(4), [new Deposited(5)]));

        Assert.Equal(("acct-1", ExpectedVersion.Exactly(1), 2L), (stale.StreamId, stale.Expected, stale.ActualVersion));
        Assert.Equal((ExpectedVersion.NoStream, 2L), (again.Expected, again.ActualVersion));
        Assert.Equal(0L, missing.ActualVersion);
        Assert.Equal(2, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.events"));
    }

    [Fact]
    public async Task Any_appends_whatever_the_current_version()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.Any, [new Opened("ann")]);
        await store.AppendAsync("acct-1", ExpectedVersion.Any, [new Deposited(1), new Deposited(2)]);
        Assert.Equal(3, await store.GetStreamVersionAsync("acct-1"));
    }

    [Fact]
    public async Task One_save_writes_many_streams_and_a_conflict_in_any_of_them_writes_none()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-3", ExpectedVersion.NoStream, [new Opened("cy")]);

        var session = store.OpenSession();
        session.StartStream("acct-1", new Opened("ann")).StartStream("acct-2", new Opened("bob"), new Deposited(4));
        var result = await session.SaveChangesAsync();
        Assert.Equal([1L, 2L], result.Streams.Select(s => s.ToVersion));

        var failing = store.OpenSession();
        failing.Append("acct-1", ExpectedVersion.Exactly(1), new Deposited(7));
        failing.Append("acct-3", ExpectedVersion.NoStream, new Opened("again"));
        var error = await Assert.ThrowsAsync<ConcurrencyException>(() => failing.SaveChangesAsync());

        Assert.Equal("acct-3", error.StreamId);
        Assert.Equal(1, await store.GetStreamVersionAsync("acct-1"));
        Assert.Equal(4, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.events"));

        // The winning stream of the lost save took no position either: the next append follows without a gap.
        await store.AppendAsync("acct-1", ExpectedVersion.Exactly(1), [new Deposited(7)]);
        var positions = await TestStores.PositionsAsync(store);
        Assert.Equal(Enumerable.Range((int)positions[0], 5).Select(p => (long)p), positions);
    }

    [Fact]
    public async Task Metadata_travels_with_every_event_of_the_save()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var metadata = new EventMetadata("corr-1", "cause-9", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "auditor");
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(2)], metadata);

        var events = await store.ReadStreamAsync("acct-1");
        Assert.All(events, e => Assert.Equal(metadata, e.Metadata));
    }

    [Fact]
    public async Task Stored_json_is_exactly_the_serialised_text_and_the_type_name_is_not_the_clr_name()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Deposited(12.50m)]);

        var stored = await TestStores.ScalarAsync<string>(store, "SELECT data::text FROM {schema}.events");
        var type = await TestStores.ScalarAsync<string>(store, "SELECT event_type FROM {schema}.events");
        Assert.Equal("""{"amount":12.50}""", stored);
        Assert.Equal("deposited", type);
    }

    [Fact]
    public async Task Reads_forward_backward_and_between_versions()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [.. Enumerable.Range(1, 6).Select(i => new Deposited(i))]);

        var backward = await store.ReadStreamAsync("acct-1", new ReadStreamOptions { Direction = ReadDirection.Backward });
        var middle = await store.ReadStreamAsync("acct-1", new ReadStreamOptions { FromVersion = 2, ToVersion = 4 });
        var lastTwo = await store.ReadStreamAsync("acct-1",
            new ReadStreamOptions { Direction = ReadDirection.Backward, MaxCount = 2 });
        var none = await store.ReadStreamAsync("acct-missing");

        Assert.Equal([6L, 5, 4, 3, 2, 1], backward.Select(e => e.Version));
        Assert.Equal([2L, 3, 4], middle.Select(e => e.Version));
        Assert.Equal([6L, 5], lastTwo.Select(e => e.Version));
        Assert.Empty(none);
    }

    [Fact]
    public async Task Large_payloads_are_compressed_with_lz4_and_read_back_intact()
    {
        await using var store = await TestStores.CreateAsync(servers);
        foreach (var (table, column) in new[] { ("events", "data"), ("outbox", "payload") })
            Assert.Equal("l", await TestStores.ScalarAsync<string>(store,
                $"SELECT attcompression::text FROM pg_attribute WHERE attrelid = '{{schema}}.{table}'::regclass AND attname = '{column}'"));

        // A payload far past the 2 kB where PostgreSQL starts compressing: stored with lz4, read back byte for byte.
        var owner = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"owner-{i % 97};"));
        await store.AppendAsync("acct-big", ExpectedVersion.NoStream, [new Opened(owner)]);
        Assert.Equal("lz4", await TestStores.ScalarAsync<string>(store, "SELECT pg_column_compression(data) FROM {schema}.events WHERE stream_id = 'acct-big'"));
        var read = await store.ReadStreamAsync("acct-big");
        Assert.Equal(owner, Assert.IsType<Opened>(Assert.Single(read).Data).Owner);
    }

    [Fact]
    public async Task Migration_runs_again_and_concurrently_without_harm()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann")]);
        var scripts = await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.schema_migrations");
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.MigrateAsync()));

        Assert.Equal(1, await store.GetStreamVersionAsync("acct-1"));
        Assert.True(scripts >= 4);
        Assert.Equal(scripts, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.schema_migrations"));
    }
}
