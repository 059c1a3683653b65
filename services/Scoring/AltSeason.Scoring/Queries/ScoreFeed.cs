using System.Runtime.CompilerServices;
using AltSeason.EventStore;
using AltSeason.EventStore.Subscriptions;
using AltSeason.Scoring.Evaluation;
using Microsoft.Extensions.Options;

namespace AltSeason.Scoring.Queries;

/// <summary>
/// New score evaluations as they commit, from the store's global order: it sees what every Scoring instance
/// appends, not only this process, and a late-committing transaction is never skipped.
/// </summary>
internal sealed class ScoreFeed(PostgresEventStore store, IOptions<ScoringOptions> options, TimeProvider clock)
{
    const int BatchSize = 500;

    /// <summary>The place in the global order that is "now": every transaction older than the oldest one still running.</summary>
    public async Task<Checkpoint> NowAsync(CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var oldestRunning = reader.GetFieldValue<ulong>(0);
        // Strictly after every event of transactions below xmin; everything from xmin on is still to come.
        return new Checkpoint(oldestRunning - 1, long.MaxValue);
    }

    /// <param name="modelVersion">Only this model (any case); null = every model.</param>
    public async IAsyncEnumerable<StoredScore> FollowAsync(Checkpoint after, string? modelVersion,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var checkpoint = after;
        while (!cancellationToken.IsCancellationRequested)
        {
            var events = await store.ReadAllAsync(checkpoint, BatchSize, cancellationToken);
            foreach (var e in events)
            {
                checkpoint = e.Checkpoint;
                if (ScoreQueries.ToStored(e) is { } score
                    && (modelVersion is null || string.Equals(score.Score.ModelVersion, modelVersion, StringComparison.OrdinalIgnoreCase)))
                    yield return score;
            }
            if (events.Count < BatchSize) await Task.Delay(options.Value.WatchPollInterval, clock, cancellationToken);
        }
    }
}
