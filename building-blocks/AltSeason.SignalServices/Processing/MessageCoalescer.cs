using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// Turns a stream of messages that consumers hand over one by one into batches handled in one transaction each.
/// A consumer's <see cref="SubmitAsync"/> completes only once its batch committed, so the broker acknowledges a
/// message only after its effects are stored, and a failed batch fails every message in it (the broker redelivers).
/// When a batch of several fails, each message is tried again alone first, so one bad message cannot sink others.
/// A processor that defers work (<see cref="IDeferredWork"/>) has it run between batches once no message came for the
/// settle time, or once the work is overdue; both grow with how long the last run took, so a long backfill spends
/// most of its time storing and evaluates a few times, while a lone update is evaluated right after its batch. While
/// batches come full (a backlog waiting at the broker) the work waits up to <see cref="MaxOverdue"/>: running it
/// halfway through would only have the rest of the backlog owe it again.
/// </summary>
public sealed class MessageCoalescer<T>(IBatchProcessor<T> processor, CoalescingOptions options, ILogger<MessageCoalescer<T>> logger)
    : BackgroundService
{
    /// <summary>However long deferred runs take, owed work waits no longer than this while messages keep coming.</summary>
    public static readonly TimeSpan MaxOverdue = TimeSpan.FromMinutes(2);

    static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(1);

    readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    readonly IDeferredWork? _deferred = processor as IDeferredWork;
    DateTime? _owedSince;
    bool _backlog;
    TimeSpan _lastRun;
    DateTime _retryAt = DateTime.MinValue;
    TimeSpan _retryDelay;

    /// <summary>No message for this long runs owed work: a quarter of the last run, at least the quiet period.</summary>
    TimeSpan Settle => Clamp(_lastRun / 4, options.QuietPeriod, options.MaxWait);

    /// <summary>Owed work runs this long after it became owed even while messages keep coming: at most a fifth of the time goes to it.</summary>
    TimeSpan OverdueAfter => Clamp(_lastRun * 4, options.MaxWait, MaxOverdue);

    /// <returns>True when the message was handled now, false when it had been handled before.</returns>
    public async Task<bool> SubmitAsync(T message, CancellationToken cancellationToken)
    {
        var pending = new Pending(message, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        return await pending.Done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Work a previous run of the service left owed (stopped between a batch and its deferred work) is taken up first.
        if (_deferred is not null) _owedSince = DateTime.UtcNow;
        var quietSoFar = TimeSpan.Zero;
        try
        {
            while (true)
            {
                if (_owedSince is { } owedSince)
                {
                    var now = DateTime.UtcNow;
                    var overdueAt = owedSince + (_backlog ? MaxOverdue : OverdueAfter);
                    var dueAt = Max(_retryAt, Min(overdueAt, now + Settle - quietSoFar));
                    if (dueAt <= now || !await ArrivesBeforeAsync(dueAt, stoppingToken))
                    {
                        await RunDeferredAsync(stoppingToken);
                        quietSoFar = TimeSpan.Zero;
                        continue;
                    }
                }
                else if (!await ArrivesBeforeAsync(DateTime.UtcNow + MaxOverdue, stoppingToken))
                {
                    // Idle: look for work another instance recorded and could not finish (it stopped before running it).
                    if (_deferred is not null) _owedSince = DateTime.UtcNow;
                    continue;
                }

                var (batch, quiet) = await GatherAsync(stoppingToken);
                quietSoFar = quiet ? options.QuietPeriod : TimeSpan.Zero;
                _backlog = batch.Count >= options.MaxMessages;
                if (batch.Count == 0) continue;
                await HandleAsync(batch, stoppingToken);
                if (_deferred is not null) _owedSince ??= DateTime.UtcNow;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Messages still queued were not acknowledged: the broker hands them out again.
            while (_queue.Reader.TryRead(out var left)) left.Done.TrySetCanceled(stoppingToken);
        }
    }

    /// <returns>The batch, and whether it closed because no message came for the quiet period.</returns>
    async Task<(List<Pending> Batch, bool Quiet)> GatherAsync(CancellationToken stoppingToken)
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
            if (!await ArrivesBeforeAsync(DateTime.UtcNow + Min(wait, options.QuietPeriod), stoppingToken))
                return (batch, wait >= options.QuietPeriod);
        }
        return (batch, false);
    }

    /// <returns>True when a message is waiting or arrives before <paramref name="until"/>.</returns>
    async Task<bool> ArrivesBeforeAsync(DateTime until, CancellationToken stoppingToken)
    {
        var wait = until - DateTime.UtcNow;
        if (wait <= TimeSpan.Zero) return _queue.Reader.Count > 0;
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        quiet.CancelAfter(wait);
        try
        {
            return await _queue.Reader.WaitToReadAsync(quiet.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    async Task RunDeferredAsync(CancellationToken stoppingToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await _deferred!.RunDeferredAsync(stoppingToken);
            (_owedSince, _lastRun, _retryDelay) = (null, clock.Elapsed, TimeSpan.Zero);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Still owed (the processor keeps it recorded): tried again later, less often while it keeps failing.
            _retryDelay = _retryDelay == TimeSpan.Zero ? FirstRetry : Min(_retryDelay * 2, LastRetry);
            _retryAt = DateTime.UtcNow + _retryDelay;
            logger.LogWarning(e, "Deferred work failed after {Elapsed}; trying again in {Delay}.", clock.Elapsed, _retryDelay);
        }
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

    static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
    static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
    static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    sealed record Pending(T Message, TaskCompletionSource<bool> Done);
}
