using System.Collections.Concurrent;
using AltSeason.SignalServices.Processing;

namespace AltSeason.SignalServices.Tests.Coalescing;

/// <summary>
/// Stores nothing and defers work: records, in order, each batch ("batch:N" with its size) and each deferred run
/// ("run"); the first <paramref name="failures"/> runs throw; a batch takes <paramref name="batchTime"/>.
/// </summary>
internal sealed class DeferringProcessor(int failures = 0, TimeSpan batchTime = default) : IBatchProcessor<int>, IDeferredWork
{
    int _failuresLeft = failures;

    public ConcurrentQueue<string> Timeline { get; } = new();

    public int Runs => Timeline.Count(e => e == "run");

    public async Task<IReadOnlyList<bool>> ProcessAsync(IReadOnlyList<int> messages, CancellationToken ct)
    {
        Timeline.Enqueue($"batch:{messages.Count}");
        if (batchTime > TimeSpan.Zero) await Task.Delay(batchTime, ct);
        return [.. messages.Select(_ => true)];
    }

    public Task RunDeferredAsync(CancellationToken ct)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Timeline.Enqueue("failed");
            throw new InvalidOperationException("deferred work failed");
        }
        Timeline.Enqueue("run");
        return Task.CompletedTask;
    }

    /// <summary>What happened after the first batch (runs at start, before any message, are left out).</summary>
    public IReadOnlyList<string> SinceFirstBatch() => [.. Timeline.SkipWhile(e => !e.StartsWith("batch", StringComparison.Ordinal))];

    public async Task WaitUntilAsync(Func<DeferringProcessor, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what}; timeline: {string.Join(", ", Timeline)}");
            await Task.Delay(20);
        }
    }
}
