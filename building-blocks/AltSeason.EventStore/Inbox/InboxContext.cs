using AltSeason.EventStore.Appending;
using AltSeason.EventStore.Events;
using AltSeason.EventStore.Reading;
using Npgsql;

namespace AltSeason.EventStore.Inbox;

/// <summary>
/// What an inbox handler works in: the transaction that also holds the inbox row. Saves of <see cref="Session"/>
/// join it, and reads through it (<see cref="ReadStreamAsync"/>, or the handler's own SQL on
/// <see cref="Connection"/>) already see them, so a handler can read between two saves. The handler never commits.
/// </summary>
public sealed class InboxContext
{
    readonly EventStreamReader _reader;

    internal InboxContext(PostgresEventStore store, EventStreamReader reader, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _reader = reader;
        Connection = connection;
        Transaction = transaction;
        Session = store.OpenSession(connection, transaction);
    }

    public EventSession Session { get; }
    public NpgsqlConnection Connection { get; }
    public NpgsqlTransaction Transaction { get; }

    /// <summary>Reads a stream inside the transaction, including events saved earlier in this handler.</summary>
    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, ReadStreamOptions? options = null,
        CancellationToken cancellationToken = default) =>
        _reader.ReadAsync(streamId, options ?? ReadStreamOptions.All, cancellationToken, Connection, Transaction);
}
