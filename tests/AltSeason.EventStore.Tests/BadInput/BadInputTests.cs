using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Configuration;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Tests.Infrastructure;
using AltSeason.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.EventStore.Tests.BadInput;

public sealed record Blob(string Content);
public sealed record NotRegistered(int Value);

[Collection(ServersFixture.Collection)]
public sealed class BadInputTests(ServersFixture servers)
{
    [Theory]
    [InlineData("")]
    [InlineData("Upper-Case")]
    [InlineData("-leading-dash")]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("quote'd")]
    [InlineData("trailing-newline\n")]
    public async Task Malformed_stream_ids_are_rejected_by_name_before_anything_is_written(string streamId)
    {
        await using var store = await TestStores.CreateAsync(servers);
        var session = store.OpenSession().StartStream("good-1", new Opened("ann"));

        var error = Assert.Throws<InvalidStreamIdException>(() => session.StartStream(streamId, new Opened("x")));
        await Assert.ThrowsAsync<InvalidStreamIdException>(() => store.ReadStreamAsync(streamId));

        Assert.Equal(streamId, error.StreamId);
        Assert.Contains($"'{streamId}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.events"));
    }

    [Fact]
    public void Schema_and_event_type_names_with_a_trailing_newline_are_rejected()
    {
        Assert.Throws<InvalidSchemaNameException>(() => SchemaName.Validate("events\n"));
        Assert.Throws<ArgumentException>(() => new AltSeason.EventStore.Events.EventTypeRegistry().Register<Blob>("blob\n"));
    }

    [Fact]
    public void Stream_ids_over_200_characters_are_malformed()
    {
        Assert.True(StreamId.IsValid(new string('a', 200)));
        Assert.False(StreamId.IsValid(new string('a', 201)));
    }

    [Fact]
    public void Any_string_is_either_a_valid_stream_id_or_a_typed_rejection()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), candidate =>
        {
            try
            {
                return StreamId.Validate(candidate) == candidate
                    && candidate.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || "._:/-".Contains(c));
            }
            catch (InvalidStreamIdException e)
            {
                return e.StreamId == candidate;
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task An_oversized_event_fails_with_sizes_and_nothing_of_the_save_is_written()
    {
        await using var store = await TestStores.CreateAsync(servers, o =>
        {
            o.MaxPayloadBytes = 1000;
            o.Events.Register<Blob>("blob");
        });
        var session = store.OpenSession().StartStream("blob-1", new Blob("small"));

        var error = Assert.Throws<PayloadTooLargeException>(() => session.StartStream("blob-2", new Blob(new string('x', 2000))));
        Assert.Equal(("blob", 1000), (error.TypeName, error.LimitBytes));
        Assert.True(error.SizeBytes > 2000);
        Assert.Contains("blob-2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM {schema}.events"));
    }

    [Fact]
    public async Task An_unregistered_event_type_is_refused_with_its_clr_name()
    {
        await using var store = await TestStores.CreateAsync(servers);
        var error = await Assert.ThrowsAsync<UnregisteredTypeException>(() =>
            store.AppendAsync("acct-1", ExpectedVersion.NoStream, [new NotRegistered(1)]));
        Assert.Equal(typeof(NotRegistered), error.ClrType);
        Assert.Equal(0, await store.GetStreamVersionAsync("acct-1"));
    }

    [Theory]
    [InlineData("Equities")]
    [InlineData("eq;drop schema public")]
    [InlineData("pg_catalog")]
    [InlineData("")]
    public void Bad_schema_names_are_refused_at_construction(string schema)
    {
        var error = Assert.Throws<InvalidSchemaNameException>(() =>
            new PostgresEventStore(new EventStoreOptions { Schema = schema, ConnectionString = "Host=127.0.0.1" }));
        Assert.Equal(schema, error.Schema);
    }

    [Fact]
    public void Event_type_names_must_be_stable_identifiers_and_unique()
    {
        var options = new EventStoreOptions();
        options.Events.Register<Opened>("opened");
        Assert.Throws<ArgumentException>(() => options.Events.Register<Deposited>("opened"));
        Assert.Throws<ArgumentException>(() => options.Events.Register<Withdrawn>("has space"));
        Assert.Throws<ArgumentException>(() => options.Events.Register<Opened>("opened-again"));
    }
}
