using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AltSeason.ServiceDefaults.Messaging;

/// <summary>When the watchdog gives up on the bus; bound from <c>Messaging:Watchdog</c>.</summary>
public sealed class BusWatchdogOptions
{
    public const string Section = "Messaging:Watchdog";

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Long enough to ride out a broker restart (MassTransit reconnects within seconds), short enough that a
    /// service that stopped consuming is back well before its queue backs up.</summary>
    public TimeSpan RestartAfterUnhealthyFor { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Stops the service when its bus stays short of healthy, or one of its queues without a consumer, for longer than
/// <see cref="BusWatchdogOptions.RestartAfterUnhealthyFor"/>, so its supervisor (AppHost, Kubernetes) starts it with a
/// fresh bus. Seen in CI after a broker restart: every other service reconnected, one kept its queue with no consumer
/// and messages waiting for minutes. Nothing is lost by stopping: unacknowledged messages go back to the queue and the
/// inbox makes redeliveries no-ops.
/// </summary>
public sealed class BusWatchdog(IBusControl bus, QueueConsumerProbe consumers, IHostApplicationLifetime lifetime,
    IOptions<BusWatchdogOptions> options, ILogger<BusWatchdog> logger) : BackgroundService
{
    DateTime? _unhealthySince;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only a started service is watched: start-up has its own timeout (MassTransitHostOptions.StartTimeout).
        if (!await StartedAsync(stoppingToken)) return;
        using var timer = new PeriodicTimer(options.Value.CheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!Check(await FindProblemAsync(stoppingToken), DateTime.UtcNow)) continue;
                lifetime.StopApplication();
                return;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            await consumers.DisposeAsync();
        }
    }

    /// <returns>Null when the bus is healthy and every queue has a consumer; otherwise what is wrong.</returns>
    async Task<string?> FindProblemAsync(CancellationToken ct)
    {
        var health = bus.CheckHealth();
        // A faulted receive endpoint makes the bus Degraded, not Unhealthy (seen with the broker stopped), so anything
        // short of Healthy counts.
        if (health.Status != BusHealthStatus.Healthy) return $"bus {health.Status}: {Describe(health)}";
        return await consumers.FindQueuesWithoutConsumerAsync(QueueConsumerProbe.QueueNames(health.Endpoints.Keys), ct);
    }

    /// <summary>Records one reading (null: all well); true when something has been wrong for too long and the service should stop.</summary>
    bool Check(string? problem, DateTime now)
    {
        if (problem is null)
        {
            if (_unhealthySince is not null) logger.LogInformation("Bus is healthy again and every queue has a consumer");
            _unhealthySince = null;
            return false;
        }
        if (_unhealthySince is null)
        {
            _unhealthySince = now;
            logger.LogWarning("Messaging is not well ({Problem}); the service stops if it stays so for {Limit}",
                problem, options.Value.RestartAfterUnhealthyFor);
            return false;
        }
        if (now - _unhealthySince <= options.Value.RestartAfterUnhealthyFor) return false;
        logger.LogCritical("Messaging has not been well for {Duration} ({Problem}); stopping the service so its supervisor restarts it",
            now - _unhealthySince, problem);
        return true;
    }

    /// <summary>Only the endpoints that are not healthy, e.g. <c>rabbitmq://host/queue: faulted (Broker unreachable ...)</c>.</summary>
    static string Describe(BusHealthResult health) =>
        string.Join("; ", health.Endpoints.Where(e => e.Value.Status != BusHealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}"))
        is { Length: > 0 } endpoints ? endpoints : health.Description;

    async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
