using System.Collections.Concurrent;
using AltSeason.SignalServices.Processing;

namespace AltSeason.SignalServices.Tests.Coalescing;

/// <summary>Records the batches it is given; numbers it has seen before count as redeliveries; a poison number always fails.</summary>
internal sealed class RecordingProcessor(int? poison = null) : IBatchProcessor<int>
{
    readonly HashSet<int> _seen = [];

    public ConcurrentQueue<int[]> Batches { get; } = new();

    public Task<IReadOnlyList<bool>> ProcessAsync(IReadOnlyList<int> messages, CancellationToken ct)
    {
        Batches.Enqueue([.. messages]);
        if (poison is { } bad && messages.Contains(bad)) throw new InvalidOperationException($"message {bad} is poison");
        lock (_seen) return Task.FromResult<IReadOnlyList<bool>>([.. messages.Select(_seen.Add)]);
    }
}
