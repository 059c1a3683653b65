using AltSeason.EventStore.Subscriptions;

namespace AltSeason.EventStore.Events;

/// <summary>An event as stored: its place in the stream and in the global order, its exact JSON, and the decoded data.</summary>
public sealed record RecordedEvent(
    long Position,
    ulong TransactionId,
    string StreamId,
    long Version,
    Guid EventId,
    string EventType,
    int TypeVersion,
    string Json,
    object Data,
    EventMetadata Metadata,
    DateTimeOffset RecordedAt,
    byte[] Hash)
{
    public Checkpoint Checkpoint => new(TransactionId, Position);
}
