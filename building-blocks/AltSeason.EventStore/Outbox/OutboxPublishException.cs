using AltSeason.EventStore.Errors;

namespace AltSeason.EventStore.Outbox;

/// <summary>The broker did not accept an outbox message; it stays pending and is retried.</summary>
public sealed class OutboxPublishException(Guid messageId, Exception inner)
    : EventStoreException($"Outbox message {messageId} could not be published: {inner.Message}", inner)
{
    public Guid MessageId { get; } = messageId;
}
