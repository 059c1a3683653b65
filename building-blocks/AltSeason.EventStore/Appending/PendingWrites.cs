using AltSeason.EventStore.Events;

namespace AltSeason.EventStore.Appending;

/// <summary>Events for one stream, already validated and serialised, waiting for SaveChanges.</summary>
internal sealed record PendingAppend(
    string StreamId, ExpectedVersion Expected, IReadOnlyList<SerializedEvent> Events, IReadOnlyList<object> Data, EventMetadata Metadata);

/// <summary>An outbox message waiting for SaveChanges.</summary>
internal sealed record PendingMessage(Guid MessageId, string MessageType, string Payload, EventMetadata Headers);
