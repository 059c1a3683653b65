using AltSeason.EventStore;
using Npgsql;

namespace AltSeason.Scoring.Serving;

/// <summary>
/// Keeps <see cref="LatestScores"/> in step with the <c>scores</c> read model over one dedicated connection: LISTEN
/// first, then load every row, then re-read the rows each notification names. A notification is sent at commit by
/// <see cref="ScoreChangeTrigger"/>, so writes of every instance arrive here. When the connection fails (PostgreSQL
/// restarted, the backend was killed, a ping went unanswered) the cache stops answering at once, so GetScore reads
/// PostgreSQL, and the loop reconnects and loads everything again: a change made while nobody listened is not lost.
/// </summary>
internal sealed class LatestScoresSync(PostgresEventStore store, LatestScores cache, LatestScoreRows rows, ILogger<LatestScoresSync> logger)
    : BackgroundService
{
    /// <summary>Names the listening connection in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "altseason-scoring-latest-scores";

    /// <summary>A quiet connection is checked this often, so a silently dead one is noticed within a ping and its timeout.</summary>
    static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(5);
    const int PingTimeoutSeconds = 5;
    static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);
    static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(5);

    TimeSpan _retry = FirstRetry;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // whatever broke the connection or a row, GetScore falls back to PostgreSQL and the loop starts over
            catch (Exception e)
#pragma warning restore CA1031
            {
                cache.MarkOutOfSync();
                logger.LogWarning("Latest-score cache out of sync, GetScore reads PostgreSQL; reconnecting in {Delay} ms: {Error}",
                    _retry.TotalMilliseconds, e.Message);
                try { await Task.Delay(_retry, stoppingToken); }
                catch (OperationCanceledException) { break; }
                _retry = TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, _retry.Ticks * 2));
            }
        }
        cache.MarkOutOfSync();
    }

    /// <summary>Runs until the connection fails or the service stops.</summary>
    async Task FollowAsync(CancellationToken cancellationToken)
    {
        var pending = new HashSet<ScoreKey>();
        var reloadAll = false;
        await using var connection = new NpgsqlConnection(ConnectionString());
        connection.Notification += (_, e) =>
        {
            if (e.Payload == ScoreChangeTrigger.Everything) reloadAll = true;
            else if (ScoreChangeTrigger.Parse(e.Payload) is { } key) pending.Add(key);
            else logger.LogWarning("Ignored a notification on {Channel} that names no score: '{Payload}'", e.Channel, e.Payload);
        };
        await connection.OpenAsync(cancellationToken);
        await ScoreChangeTrigger.InstallAsync(connection, store.Schema, cancellationToken);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{ScoreChangeTrigger.Channel(store.Schema)}\"", connection))
            await listen.ExecuteNonQueryAsync(cancellationToken);

        // Listening before loading: a commit is either in the load or announced after it (or both; versions decide).
        cache.Load(await rows.AllAsync(connection, cancellationToken));
        logger.LogInformation("Latest-score cache in sync: {Count} scores", cache.Count);
        _retry = FirstRetry;

        while (true)
        {
            // Notifications also arrive while a query runs on this connection: drain before waiting again.
            while (reloadAll || pending.Count > 0)
            {
                if (reloadAll)
                {
                    reloadAll = false;
                    pending.Clear();
                    cache.Load(await rows.AllAsync(connection, cancellationToken));
                    continue;
                }
                var keys = pending.ToList();
                pending.Clear();
                cache.Apply(keys, await rows.ForKeysAsync(connection, keys, cancellationToken));
            }
            if (!await connection.WaitAsync((int)PingInterval.TotalMilliseconds, cancellationToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = PingTimeoutSeconds };
                await ping.ExecuteScalarAsync(cancellationToken);
            }
        }
    }

    /// <summary>Its own unpooled connection: closing it ends the LISTEN, and nothing else queues behind a wait.</summary>
    string ConnectionString() => new NpgsqlConnectionStringBuilder(store.Options.ConnectionString ?? store.DataSource.ConnectionString)
    {
        ApplicationName = ApplicationName,
        Pooling = false,
    }.ConnectionString;
}
