using AltSeason.Contracts.Messages;
using MassTransit;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// Hands each <see cref="MarketDataIngested"/> to the coalescer and returns once the batch holding it committed;
/// the inbox makes redeliveries no-ops.
/// </summary>
public sealed class MarketDataIngestedConsumer(MessageCoalescer<MarketDataIngested> coalescer) : IConsumer<MarketDataIngested>
{
    public Task Consume(ConsumeContext<MarketDataIngested> context) => coalescer.SubmitAsync(context.Message, context.CancellationToken);
}

/// <summary>
/// One batch's worth of messages in flight (<see cref="CoalescingOptions.InFlight"/>); the batches run one at a time
/// per instance (they touch overlapping streams). Several instances still compete.
/// </summary>
public sealed class MarketDataIngestedConsumerDefinition : ConsumerDefinition<MarketDataIngestedConsumer>
{
    public MarketDataIngestedConsumerDefinition()
    {
        ConcurrentMessageLimit = SignalServiceExtensions.Coalescing.InFlight;
        Endpoint(e => e.PrefetchCount = SignalServiceExtensions.Coalescing.InFlight);
    }
}
