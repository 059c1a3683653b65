using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Integrity;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;
using FsCheck;
using FsCheck.Fluent;
using Npgsql;

namespace AltSeason.EventStore.Tests.Appending;

/// <summary>
/// A writer that knows where a stream ends hashes its events itself (append_hashed). The stored chain must be the
/// same bytes the database computes, and a stale hint must never break the chain.
/// </summary>
[Collection(ServersFixture.Collection)]
public sealed class ClientHashedAppendTests(ServersFixture servers)
{
    [Fact]
    public async Task Client_hash_equals_the_database_event_hash_for_any_fields()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await using var connection = await store.DataSource.OpenConnectionAsync();
        var texts = ArbMap.Default.ArbFor<NonNull<string>>().Generator.Select(s => s.Get.Replace("\0", "", StringComparison.Ordinal));
        // Long data takes the pooled-buffer branch of EventHash (over 1 KiB); non-ASCII text checks the UTF-8 lengths.
        var data = Gen.OneOf(texts, texts.Select(t => new string('é', 700) + t));
        var cases = from stream in texts
                    from type in texts
                    from json in data
                    from version in Gen.Choose(0, int.MaxValue).Select(v => (long)v * 3)
                    from typeVersion in Gen.Choose(1, 50)
                    from previous in Gen.OneOf(Gen.Constant(Array.Empty<byte>()), Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()))
                    select (stream, type, json, version, typeVersion, previous);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var client = EventHash.Compute(c.stream, c.version, c.type, c.typeVersion, c.json, c.previous);
            return client.AsSpan().SequenceEqual(DatabaseHash(connection, store.Schema, c));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task Client_hashed_and_server_hashed_appends_store_the_same_chain()
    {
        await using var known = await TestStores.CreateAsync(servers);   // appends at exact versions: client hashes
        await using var unknown = await TestStores.CreateAsync(servers); // appends with Any: the server hashes
        var batches = new object[][] { [new Opened("ann")], [new Deposited(1), new Deposited(2.5m)], [new Withdrawn(3)] };
        var version = 0L;
        foreach (var batch in batches)
        {
            version = (await known.AppendAsync("acct-1", ExpectedVersion.Exactly(version), batch)).VersionOf("acct-1");
            await unknown.AppendAsync("acct-1", ExpectedVersion.Any, batch);
        }

        var clientHashed = await known.ReadStreamAsync("acct-1");
        var serverHashed = await unknown.ReadStreamAsync("acct-1");
        Assert.Equal(4, clientHashed.Count);
        Assert.Equal(serverHashed.Select(e => Convert.ToHexString(e.Hash)), clientHashed.Select(e => Convert.ToHexString(e.Hash)));
        Assert.True((await known.VerifyStreamAsync("acct-1")).IsIntact);
    }

    [Fact]
    public async Task A_head_remembered_from_a_rolled_back_save_does_not_break_the_chain()
    {
        var schema = TestStores.NewSchemaName();
        await using var first = await TestStores.CreateAsync(servers, schema: schema);
        await using var second = await TestStores.CreateAsync(servers, schema: schema);
        await first.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann")]);

        // The first instance remembers version 2 from a save its caller then rolls back...
        await using (var connection = await first.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await first.OpenSession(connection, transaction).Append("acct-1", ExpectedVersion.Exactly(1), new Deposited(100)).SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        // ...while another instance writes a different version 2.
        await second.AppendAsync("acct-1", ExpectedVersion.Exactly(1), [new Deposited(7)]);
        var result = await first.AppendAsync("acct-1", ExpectedVersion.Exactly(2), [new Withdrawn(2)]);

        Assert.Equal(3, result.VersionOf("acct-1"));
        Assert.Equal(new object[] { new Opened("ann"), new Deposited(7), new Withdrawn(2) }, (await first.ReadStreamAsync("acct-1")).Select(e => e.Data));
        var verification = await first.VerifyStreamAsync("acct-1");
        Assert.True(verification.IsIntact, verification.FirstBreak?.Reason);
    }

    [Fact]
    public async Task A_stored_head_hash_that_differs_from_the_remembered_one_is_chained_from_as_stored()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann"), new Deposited(1)]);
        var forged = new byte[32];
        forged[0] = 7;
        await TestStores.ExecuteAsync(store, $"UPDATE {{schema}}.events SET hash = '\\x{Convert.ToHexString(forged)}' WHERE version = 2");

        await store.AppendAsync("acct-1", ExpectedVersion.Exactly(2), [new Deposited(5)]);

        var third = (await store.ReadStreamAsync("acct-1"))[2];
        Assert.Equal(Convert.ToHexString(EventHash.Compute("acct-1", 3, "deposited", 1, third.Json, forged)), Convert.ToHexString(third.Hash));
        Assert.Equal(2, (await store.VerifyStreamAsync("acct-1")).FirstBreak?.Version); // the forgery itself is still reported
    }

    [Fact]
    public async Task A_multi_stream_save_of_known_heads_loses_as_a_whole_and_burns_no_position()
    {
        await using var store = await TestStores.CreateAsync(servers);
        await store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new Opened("ann")]);
        await store.AppendAsync("acct-2", ExpectedVersion.NoStream, [new Opened("bob")]);
        await store.AppendAsync("acct-2", ExpectedVersion.Exactly(1), [new Deposited(1)]);

        var session = store.OpenSession();
        session.Append("acct-1", ExpectedVersion.Exactly(1), new Deposited(10));
        session.Append("acct-2", ExpectedVersion.Exactly(1), new Deposited(20)); // stale: acct-2 is at 2
        var error = await Assert.ThrowsAsync<Errors.ConcurrencyException>(() => session.SaveChangesAsync());
        await store.AppendAsync("acct-1", ExpectedVersion.Exactly(1), [new Deposited(30)]);

        Assert.Equal(("acct-2", 2L), (error.StreamId, error.ActualVersion));
        Assert.Equal(new object[] { new Opened("ann"), new Deposited(30) }, (await store.ReadStreamAsync("acct-1")).Select(e => e.Data));
        var positions = await TestStores.PositionsAsync(store);
        Assert.Equal(Enumerable.Range((int)positions[0], 4).Select(p => (long)p), positions);
        Assert.True((await store.VerifyAllAsync()).IsIntact);
    }

    static byte[] DatabaseHash(NpgsqlConnection connection, string schema,
        (string Stream, string Type, string Json, long Version, int TypeVersion, byte[] Previous) c)
    {
        using var command = new NpgsqlCommand($"""SELECT "{schema}".event_hash($1, $2, $3, $4, $5, $6)""", connection)
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = c.Stream },
                new NpgsqlParameter<long> { TypedValue = c.Version },
                new NpgsqlParameter<string> { TypedValue = c.Type },
                new NpgsqlParameter<int> { TypedValue = c.TypeVersion },
                new NpgsqlParameter<string> { TypedValue = c.Json },
                new NpgsqlParameter<byte[]> { TypedValue = c.Previous },
            },
        };
        return (byte[])command.ExecuteScalar()!;
    }
}
