using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// Turns a stream of messages that consumers hand over one by one into batches handled in one transaction each.
/// A consumer's <see cref="SubmitAsync"/> completes only once its batch committed, so the broker acknowledges a
/// message only after its effects are stored, and a failed batch fails every message in it (the broker redelivers).
/// When a batch of several fails, each message is tried again alone first, so one bad message cannot sink others.
/// </summary>
public sealed class MessageCoalescer<T>(IBatchProcessor<T> processor, CoalescingOptions options, ILogger<MessageCoalescer<T>> logger)
    : BackgroundService
{
    readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <returns>True when the message was handled now, false when it had been handled before.</returns>
    public async Task<bool> SubmitAsync(T message, CancellationToken cancellationToken)
    {
        var pending = new Pending(message, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        return await pending.Done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = await GatherAsync(stoppingToken);
                if (batch.Count > 0) await HandleAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Messages still queued were not acknowledged: the broker hands them out again.
            while (_queue.Reader.TryRead(out var left)) left.Done.TrySetCanceled(stoppingToken);
        }
    }

    async Task<List<Pending>> GatherAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>();
        var deadline = DateTime.UtcNow + options.MaxWait;
        while (batch.Count < options.MaxMessages)
        {
            if (_queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
                continue;
            }
            var wait = deadline - DateTime.UtcNow;
            if (wait <= TimeSpan.Zero) break;
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            quiet.CancelAfter(wait < options.QuietPeriod ? wait : options.QuietPeriod);
            try
            {
                if (!await _queue.Reader.WaitToReadAsync(quiet.Token)) break;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                break; // quiet for long enough
            }
        }
        return batch;
    }

    async Task HandleAsync(List<Pending> batch, CancellationToken stoppingToken)
    {
        try
        {
            var handled = await processor.ProcessAsync([.. batch.Select(p => p.Message)], stoppingToken);
            for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(handled[i]);
        }
        catch (Exception e) when (batch.Count > 1 && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "A batch of {Count} messages failed; handling each alone.", batch.Count);
            foreach (var single in batch) await HandleAsync([single], stoppingToken);
        }
        catch (Exception e)
        {
            foreach (var pending in batch) pending.Done.TrySetException(e);
        }
    }

    sealed record Pending(T Message, TaskCompletionSource<bool> Done);
}
