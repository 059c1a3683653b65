using AltSeason.EventStore.Events;

namespace AltSeason.EventStore.Outbox;

/// <summary>A stored outbox row: the message's stable type name, its JSON, and the headers of the write that made it.</summary>
public sealed record OutboxMessage(long Sequence, Guid MessageId, string MessageType, string Payload, EventMetadata Headers, DateTimeOffset CreatedAt);
