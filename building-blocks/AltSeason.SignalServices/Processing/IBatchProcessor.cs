namespace AltSeason.SignalServices.Processing;

/// <summary>Handles a batch of messages in one transaction; answers, per message, whether it was new (false: a redelivery).</summary>
public interface IBatchProcessor<in T>
{
    Task<IReadOnlyList<bool>> ProcessAsync(IReadOnlyList<T> messages, CancellationToken ct);
}
