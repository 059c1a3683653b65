using AltSeason.Contracts.Messages;
using MassTransit;

namespace AltSeason.SignalServices.Processing;

/// <summary>Hands each <see cref="MarketDataIngested"/> to the family's batch handler; the inbox makes redeliveries no-ops.</summary>
public sealed class MarketDataIngestedConsumer(SignalBatchHandler handler) : IConsumer<MarketDataIngested>
{
    public Task Consume(ConsumeContext<MarketDataIngested> context) => handler.HandleAsync(context.Message, context.CancellationToken);
}

/// <summary>
/// One message at a time per instance: batches touch overlapping streams, so running them side by side would only
/// turn into concurrency conflicts and retries. Several instances still compete for the queue.
/// </summary>
public sealed class MarketDataIngestedConsumerDefinition : ConsumerDefinition<MarketDataIngestedConsumer>
{
    public MarketDataIngestedConsumerDefinition() => ConcurrentMessageLimit = 1;
}
