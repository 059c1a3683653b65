using System.Text.Json;
using MassTransit;

namespace AltSeason.EventStore.Outbox;

/// <summary>
/// Publishes outbox rows through MassTransit as their registered CLR type. The outbox id becomes the MassTransit
/// MessageId, so a consumer's inbox can recognise a message the relay had to send twice.
/// </summary>
public sealed class MassTransitOutboxPublisher(IBus bus, PostgresEventStore store) : IOutboxPublisher
{
    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = store.Options.Messages.TypeOf(message.MessageType)
            ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has type '{message.MessageType}', which is not registered.");
        var body = JsonSerializer.Deserialize(message.Payload, type, store.Options.Json)
            ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty payload.");

        await bus.Publish(body, type, context =>
        {
            context.MessageId = message.MessageId;
            if (Guid.TryParse(message.Headers.CorrelationId, out var correlation)) context.CorrelationId = correlation;
            if (message.Headers.CorrelationId is { } correlationId) context.Headers.Set("correlation-id", correlationId);
            if (message.Headers.CausationId is { } causationId) context.Headers.Set("causation-id", causationId);
            if (message.Headers.TraceParent is { } traceParent) context.Headers.Set("traceparent", traceParent);
            if (message.Headers.User is { } user) context.Headers.Set("user", user);
        }, cancellationToken);
    }
}
