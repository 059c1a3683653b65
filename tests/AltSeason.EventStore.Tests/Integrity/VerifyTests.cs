using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Integrity;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.EventStore.Tests.Integrity;

public sealed record Note(string Text);

[Collection(ServersFixture.Collection)]
public sealed class VerifyTests(ServersFixture servers)
{
    [Fact]
    public async Task An_untouched_store_verifies_and_counts_every_event()
    {
        await using var store = await SeededAsync();
        var all = await store.VerifyAllAsync();
        var one = await store.VerifyStreamAsync("acct-2");

        Assert.True(all.IsIntact, all.FirstBreak?.Reason);
        Assert.Equal(7, all.EventsChecked);
        Assert.True(one.IsIntact);
        Assert.Equal(3, one.EventsChecked);
    }

    [Fact]
    public async Task A_row_changed_directly_in_postgres_is_reported_with_stream_and_version()
    {
        await using var store = await SeededAsync();
        await TestStores.ExecuteAsync(store,
            """UPDATE {schema}.events SET data = '{"amount":1000}' WHERE stream_id = 'acct-2' AND version = 2""");

        var all = await store.VerifyAllAsync();
        Assert.Equal(new ChainBreak("acct-2", 2, "the stored hash does not match the event's content and its predecessor."), all.FirstBreak);
        Assert.Equal("acct-2", (await store.VerifyStreamAsync("acct-2")).FirstBreak?.StreamId);
        Assert.True((await store.VerifyStreamAsync("acct-1")).IsIntact);
    }

    [Fact]
    public async Task A_rehashed_forgery_still_breaks_the_link_to_the_next_event()
    {
        await using var store = await SeededAsync();
        // An attacker who recomputes the tampered row's own hash cannot fix its successor's link.
        await TestStores.ExecuteAsync(store, """
            UPDATE {schema}.events e SET data = '{"amount":1000}',
                hash = {schema}.event_hash(e.stream_id, e.version, e.event_type, e.type_version, '{"amount":1000}',
                    (SELECT p.hash FROM {schema}.events p WHERE p.stream_id = e.stream_id AND p.version = e.version - 1))
            WHERE stream_id = 'acct-2' AND version = 2
            """);

        var result = await store.VerifyStreamAsync("acct-2");
        Assert.Equal(("acct-2", 3L), (result.FirstBreak?.StreamId, result.FirstBreak?.Version));
    }

    [Fact]
    public async Task Deleted_events_are_reported_as_missing_versions()
    {
        await using var store = await SeededAsync();
        await TestStores.ExecuteAsync(store, "DELETE FROM {schema}.events WHERE stream_id = 'acct-1' AND version = 2");
        await TestStores.ExecuteAsync(store, "DELETE FROM {schema}.events WHERE stream_id = 'acct-2' AND version = 3");

        var gap = await store.VerifyStreamAsync("acct-1");
        var tail = await store.VerifyStreamAsync("acct-2");
        Assert.Equal(2L, gap.FirstBreak?.Version);
        Assert.Equal(3L, tail.FirstBreak?.Version);
        Assert.Contains("missing", gap.FirstBreak!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_and_database_hash_the_same_bytes_for_any_text()
    {
        await using var store = await TestStores.CreateAsync(servers, o => o.Events.Register<Note>("note"));
        var counter = 0;
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text =>
        {
            var stream = $"note-{Interlocked.Increment(ref counter)}";
            var cleaned = text.Get.Replace("\0", "", StringComparison.Ordinal); // PostgreSQL text cannot hold NUL
            store.AppendAsync(stream, ExpectedVersion.NoStream, [new Note(cleaned), new Note(cleaned + "!")]).GetAwaiter().GetResult();
            var events = store.ReadStreamAsync(stream).GetAwaiter().GetResult();
            var first = EventHash.Compute(stream, 1, "note", 1, events[0].Json, []);
            var second = EventHash.Compute(stream, 2, "note", 1, events[1].Json, first);
            return first.AsSpan().SequenceEqual(events[0].Hash) && second.AsSpan().SequenceEqual(events[1].Hash)
                && ((Note)events[0].Data).Text == cleaned;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Length_prefixes_keep_shifted_field_boundaries_apart()
    {
        var a = EventHash.Compute("ab", 1, "c", 1, "{}", []);
        var b = EventHash.Compute("a", 1, "bc", 1, "{}", []);
        var c = EventHash.Compute("ab", 1, "c", 2, "{}", []);
        Assert.NotEqual(Convert.ToHexString(a), Convert.ToHexString(b));
        Assert.NotEqual(Convert.ToHexString(a), Convert.ToHexString(c));
    }

    async Task<PostgresEventStore> SeededAsync()
    {
        var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(1), new Deposited(2)]);
        await store.AppendAsync("acct-2", ExpectedVersion.NoStream, [new Opened("bob"), new Deposited(5)]);
        await store.AppendAsync("acct-2", ExpectedVersion.Exactly(2), [new Withdrawn(1)]);
        await store.AppendAsync("acct-3", ExpectedVersion.NoStream, [new Opened("cy")]);
        return store;
    }
}
