namespace AltSeason.EventStore.Outbox;

/// <summary>Hands an outbox message to the broker; returns only once the broker has accepted it.</summary>
public interface IOutboxPublisher
{
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);
}
