using AltSeason.EventStore.Aggregation;
using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Configuration;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Inbox;
using AltSeason.EventStore.Integrity;
using AltSeason.EventStore.Reading;
using AltSeason.EventStore.Schema;
using AltSeason.EventStore.Subscriptions;
using Npgsql;

namespace AltSeason.EventStore;

/// <summary>
/// The event store of one service schema: append through sessions, read streams and the global order,
/// fold streams into state, verify hash chains, and handle inbox messages exactly once.
/// </summary>
public sealed class PostgresEventStore : IAsyncDisposable
{
    readonly bool _ownsDataSource;
    readonly EventStreamReader _streams;
    readonly GlobalReader _global;
    readonly ChainVerifier _verifier;

    /// <summary>Uses (and owns) a data source built from <see cref="EventStoreOptions.ConnectionString"/>.</summary>
    public PostgresEventStore(EventStoreOptions options) : this(OwnDataSource(options), options, ownsDataSource: true) { }

    public PostgresEventStore(NpgsqlDataSource dataSource, EventStoreOptions options) : this(dataSource, options, ownsDataSource: false) { }

    PostgresEventStore(NpgsqlDataSource dataSource, EventStoreOptions options, bool ownsDataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPayloadBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BulkAppendThreshold, 1);
        Schema = SchemaName.Validate(options.Schema);
        DataSource = dataSource;
        Options = options;
        _ownsDataSource = ownsDataSource;
        Serializer = new EventSerializer(options.Events, options.Json, options.MaxPayloadBytes);
        _streams = new EventStreamReader(dataSource, Schema, Serializer, Heads);
        _global = new GlobalReader(Schema, Serializer);
        _verifier = new ChainVerifier(dataSource, Schema);
    }

    public string Schema { get; }
    public NpgsqlDataSource DataSource { get; }
    public EventStoreOptions Options { get; }
    public EventSerializer Serializer { get; }

    /// <summary>Where streams last seen by this instance end, so appends can hash on the client.</summary>
    internal KnownHeads Heads { get; } = new();

    /// <summary>Creates or upgrades the schema; idempotent and safe to call from many instances at once.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        new SchemaMigrator(DataSource, Schema).MigrateAsync(cancellationToken);

    public EventSession OpenSession() => new(this);

    /// <summary>A session that writes inside the caller's transaction; the caller commits.</summary>
    public EventSession OpenSession(NpgsqlConnection connection, NpgsqlTransaction transaction) => new(this, connection, transaction);

    public Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IEnumerable<object> events,
        EventMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        var session = OpenSession();
        session.Metadata = metadata ?? EventMetadata.Empty;
        return session.Append(streamId, expected, events).SaveChangesAsync(cancellationToken);
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, ReadStreamOptions? options = null,
        CancellationToken cancellationToken = default) =>
        _streams.ReadAsync(streamId, options ?? ReadStreamOptions.All, cancellationToken);

    /// <summary>The stream's current version; 0 when it does not exist.</summary>
    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default) =>
        _streams.VersionAsync(streamId, cancellationToken);

    /// <summary>Folds the stream up to a version and/or as it was at a moment; null when no event qualifies.</summary>
    public Task<T?> AggregateStreamAsync<T>(string streamId, long? version = null, DateTimeOffset? asOf = null,
        CancellationToken cancellationToken = default) where T : class, IAggregate<T> =>
        AggregateStreamAsync(streamId, T.Initial, (state, e) => state.Apply(e), version, asOf, cancellationToken);

    public async Task<TState?> AggregateStreamAsync<TState>(string streamId, TState initial, Func<TState, object, TState> evolve,
        long? version = null, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default) where TState : class
    {
        ArgumentNullException.ThrowIfNull(evolve);
        var events = await ReadStreamAsync(streamId, new ReadStreamOptions { ToVersion = version, AsOf = asOf }, cancellationToken);
        return events.Count == 0 ? null : events.Aggregate(initial, (state, e) => evolve(state, e.Data));
    }

    /// <summary>Events of all streams after <paramref name="after"/> in commit-safe global order.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(Checkpoint after, int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        return await _global.ReadAsync(connection, null, after, max, cancellationToken);
    }

    internal Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(NpgsqlConnection connection, Checkpoint after, int max,
        CancellationToken cancellationToken) => _global.ReadAsync(connection, null, after, max, cancellationToken);

    public Task<ChainVerification> VerifyStreamAsync(string streamId, CancellationToken cancellationToken = default) =>
        _verifier.VerifyStreamAsync(streamId, cancellationToken);

    public Task<ChainVerification> VerifyAllAsync(CancellationToken cancellationToken = default) =>
        _verifier.VerifyAllAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="handle"/> for a message unless this consumer already handled it. The inbox row and
    /// everything the handler saves commit in one transaction; returns false for a duplicate.
    /// </summary>
    public Task<bool> HandleOnceAsync(string messageId, string consumer, Func<EventSession, CancellationToken, Task> handle,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return new InboxHandler(this, _streams).HandleOnceAsync(messageId, consumer, (context, ct) => handle(context.Session, ct), cancellationToken);
    }

    /// <summary>
    /// As <see cref="HandleOnceAsync"/>, but the handler gets the open transaction: it may save more than once and read
    /// (streams, or its own SQL) in between, seeing its own saves. Everything commits with the inbox row, or nothing.
    /// </summary>
    public Task<bool> HandleOnceInTransactionAsync(string messageId, string consumer, Func<InboxContext, CancellationToken, Task> handle,
        CancellationToken cancellationToken = default) =>
        new InboxHandler(this, _streams).HandleOnceAsync(messageId, consumer, handle, cancellationToken);

    // The pool's DISCARD ALL on every return would also throw away the cached plans of append_events, re-planning
    // it on each append. The store leaves no session state behind: it releases its advisory locks and UNLISTENs.
    static NpgsqlDataSource OwnDataSource(EventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new ArgumentException("EventStoreOptions.ConnectionString is required.", nameof(options));
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { NoResetOnClose = true };
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsDataSource) await DataSource.DisposeAsync();
    }
}
