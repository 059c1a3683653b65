using AltSeason.EventStore.Subscriptions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AltSeason.EventStore.Projections;

/// <summary>
/// Runs every async projection of the store. In each process a runner per projection competes for that
/// projection's leader lock; the winner applies batches from its stored checkpoint until stopped, so a restart
/// (here or in another process) resumes exactly where the last committed batch ended.
/// </summary>
public sealed class ProjectionDaemon(PostgresEventStore store, ILogger<ProjectionDaemon>? logger = null) : BackgroundService
{
    readonly ILogger _logger = logger ?? NullLogger<ProjectionDaemon>.Instance;
    readonly Dictionary<string, ProjectionRunner> _runners =
        store.Options.Projections.Async.ToDictionary(p => p.Name, p => new ProjectionRunner(store, p), StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_runners.Values.Select(r => LeadAsync(r, stoppingToken)));

    public async Task<Checkpoint> GetCheckpointAsync(string projectionName, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        return await RunnerFor(projectionName).ReadCheckpointAsync(connection, null, cancellationToken);
    }

    /// <summary>
    /// Applies everything committed so far, if no other runner leads this projection right now.
    /// Returns false (and does nothing) when another runner holds the lock.
    /// </summary>
    public async Task<bool> CatchUpAsync(string projectionName, CancellationToken cancellationToken = default)
    {
        var runner = RunnerFor(projectionName);
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        if (!await ProjectionLeaderLock.TryAcquireAsync(connection, store.Schema, projectionName, cancellationToken)) return false;
        try
        {
            while (await runner.RunBatchAsync(connection, cancellationToken) > 0) { }
            return true;
        }
        finally
        {
            await ProjectionLeaderLock.ReleaseAsync(connection, store.Schema, projectionName);
        }
    }

    /// <summary>
    /// Empties the read model and rewinds it to the first event, then replays it now if the projection is not
    /// led elsewhere; otherwise the current leader picks up the rewind at its next batch.
    /// </summary>
    public async Task RebuildAsync(string projectionName, CancellationToken cancellationToken = default)
    {
        await using (var connection = await store.DataSource.OpenConnectionAsync(cancellationToken))
            await RunnerFor(projectionName).ResetAsync(connection, cancellationToken);
        await CatchUpAsync(projectionName, cancellationToken);
    }

    ProjectionRunner RunnerFor(string name) =>
        _runners.TryGetValue(name, out var runner)
            ? runner
            : throw new ArgumentException($"No async projection named '{name}' is registered.", nameof(name));

    async Task LeadAsync(ProjectionRunner runner, CancellationToken stoppingToken)
    {
        var options = store.Options.Daemon;
        var name = runner.Projection.Name;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await store.DataSource.OpenConnectionAsync(stoppingToken);
                if (!await ProjectionLeaderLock.TryAcquireAsync(connection, store.Schema, name, stoppingToken))
                {
                    await Task.Delay(options.LeaderRetryInterval, stoppingToken);
                    continue;
                }
                _logger.LogInformation("Projection {Projection} in schema {Schema}: this process is now its runner", name, store.Schema);
                try
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        if (await runner.RunBatchAsync(connection, stoppingToken) == 0)
                            await Task.Delay(options.PollInterval, stoppingToken);
                    }
                }
                finally
                {
                    await ProjectionLeaderLock.ReleaseAsync(connection, store.Schema, name);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // Whatever failed (the database, an unknown event, a bug in the projection), the batch rolled back with
            // its checkpoint; keep the other projections running and retry this one after a pause.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogError(e, "Projection {Projection} in schema {Schema} failed; retrying", name, store.Schema);
                await DelayQuietly(options.LeaderRetryInterval, stoppingToken);
            }
        }
    }

    static async Task DelayQuietly(TimeSpan delay, CancellationToken cancellationToken)
    {
        try { await Task.Delay(delay, cancellationToken); }
        catch (OperationCanceledException) { }
    }
}
