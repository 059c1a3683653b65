using System.Text;
using System.Text.Json;
using AltSeason.EventStore.Errors;
using AltSeason.EventStore.Events;
using Npgsql;

namespace AltSeason.EventStore.Appending;

/// <summary>
/// A unit of work: appends to any number of streams plus outbox messages, written atomically by
/// <see cref="SaveChangesAsync"/> in one round trip. Every input is validated when it is added, so a bad
/// event fails before anything reaches the database.
/// </summary>
public sealed class EventSession
{
    readonly PostgresEventStore _store;
    readonly NpgsqlConnection? _connection;
    readonly NpgsqlTransaction? _transaction;
    readonly List<PendingAppend> _appends = [];
    readonly List<PendingMessage> _messages = [];

    internal EventSession(PostgresEventStore store, NpgsqlConnection? connection = null, NpgsqlTransaction? transaction = null)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Applied to every event and message added after it is set.</summary>
    public EventMetadata Metadata { get; set; } = EventMetadata.Empty;

    public EventSession StartStream(string streamId, params IEnumerable<object> events) =>
        Append(streamId, ExpectedVersion.NoStream, events);

    public EventSession Append(string streamId, ExpectedVersion expected, params IEnumerable<object> events)
    {
        StreamId.Validate(streamId);
        ArgumentNullException.ThrowIfNull(events);
        var data = events.ToList();
        if (data.Count == 0) throw new ArgumentException($"Append to '{streamId}' has no events.", nameof(events));
        var serialized = data.Select(e => _store.Serializer.Serialize(e, streamId)).ToList();
        _appends.Add(new PendingAppend(streamId, expected, serialized, data, Metadata.WithAmbientTrace()));
        return this;
    }

    /// <summary>Queues a message in the outbox; it is published by the relay only if this save commits.</summary>
    public EventSession Publish<T>(T message) where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = _store.Options.Messages.NameOf(message.GetType());
        var payload = JsonSerializer.Serialize(message, message.GetType(), _store.Options.Json);
        var size = Encoding.UTF8.GetByteCount(payload);
        if (size > _store.Options.MaxPayloadBytes)
            throw new PayloadTooLargeException("Outbox", name, size, _store.Options.MaxPayloadBytes);
        _messages.Add(new PendingMessage(Guid.CreateVersion7(), name, payload, Metadata.WithAmbientTrace()));
        return this;
    }

    public async Task<AppendResult> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (_appends.Count == 0 && _messages.Count == 0) return AppendResult.Empty;
        var writer = new AppendWriter(_store, [.. _appends], [.. _messages]);
        _appends.Clear();
        _messages.Clear();

        if (_connection is not null && _transaction is not null)
            return await writer.WriteAsync(_connection, _transaction, cancellationToken);

        await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);
        if (!writer.NeedsTransaction)
            return await writer.WriteAsync(connection, null, cancellationToken); // the batch's implicit transaction is enough

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await writer.WriteAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
