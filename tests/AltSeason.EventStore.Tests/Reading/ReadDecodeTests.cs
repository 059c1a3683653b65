using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Reading;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.EventStore.Tests.Reading;

/// <summary>
/// The read path decodes row by row and reuses repeated stream ids, types and metadata: whatever was appended, in
/// whatever mix of types and metadata, reads back equal, and each event keeps the metadata of its own save.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class ReadDecodeTests(ServersFixture servers)
{
    [Fact]
    public async Task Random_events_and_metadata_read_back_as_appended()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var text = ArbMap.Default.ArbFor<string>().Generator.Select(s => s?.Replace("\0", "", StringComparison.Ordinal));
        var metadata = from correlation in text
                       from causation in text
                       from user in text
                       select new EventMetadata(correlation, causation, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", user);
        var domainEvent = Gen.OneOf(
            text.Select(t => (object)new Opened(t ?? "")),
            ArbMap.Default.GeneratorFor<decimal>().Select(d => (object)new Deposited(d)),
            ArbMap.Default.GeneratorFor<decimal>().Select(d => (object)new Withdrawn(d)));
        var save = from events in Gen.NonEmptyListOf(domainEvent)
                   from meta in Gen.OneOf(Gen.Constant(EventMetadata.Empty), metadata)
                   select (Events: events.ToArray(), Metadata: meta);
        var counter = 0;
        Prop.ForAll(Gen.NonEmptyListOf(save).ToArbitrary(), saves =>
        {
            var stream = $"decode-{Interlocked.Increment(ref counter)}";
            var version = 0L;
            foreach (var (events, meta) in saves)
                version = store.AppendAsync(stream, ExpectedVersion.Exactly(version), events, meta).GetAwaiter().GetResult().VersionOf(stream);

            var expected = saves.SelectMany(s => s.Events.Select(e => (Data: e, s.Metadata))).ToList();
            var forward = store.ReadStreamAsync(stream).GetAwaiter().GetResult();
            var backward = store.ReadStreamAsync(stream, new ReadStreamOptions { Direction = ReadDirection.Backward }).GetAwaiter().GetResult();
            return forward.Select(e => (e.Data, e.Metadata)).SequenceEqual(expected)
                && backward.Reverse().Select(e => (e.Data, e.Metadata)).SequenceEqual(expected)
                && forward.All(e => e.StreamId == stream && e.EventType == store.Options.Events.ForClrType(e.Data.GetType()).Name)
                && forward.Select(e => e.Version).SequenceEqual(Enumerable.Range(1, expected.Count).Select(v => (long)v));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task Empty_metadata_is_stored_as_an_empty_object_and_rows_with_explicit_nulls_read_the_same()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(1)]);
        await store.AppendAsync("acct-1", ExpectedVersion.Exactly(2), [new Deposited(2)], new EventMetadata(CorrelationId: "c-1"));
        Assert.Equal("{}", await TestStores.ScalarAsync<string>(store, "SELECT metadata::text FROM {schema}.events WHERE version = 1"));
        Assert.Equal("""{"correlationId": "c-1"}""", await TestStores.ScalarAsync<string>(store, "SELECT metadata::text FROM {schema}.events WHERE version = 3"));

        // Rows written before nulls were left out spell every field.
        await TestStores.ExecuteAsync(store, """
            UPDATE {schema}.events SET metadata = '{"user": null, "causationId": null, "traceParent": null, "correlationId": null}'
            WHERE version = 2
            """);
        var events = await store.ReadStreamAsync("acct-1");
        Assert.Equal([EventMetadata.Empty, EventMetadata.Empty, new EventMetadata(CorrelationId: "c-1")], events.Select(e => e.Metadata));
    }
}
