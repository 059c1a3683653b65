using AltSeason.EventStore.Events;
using AltSeason.EventStore.Projections;
using AltSeason.Scoring.Evaluation;
using Npgsql;

namespace AltSeason.Scoring.Storage;

/// <summary>
/// Keeps <c>scores</c>: the latest evaluation per (model version, as-of date), so lists and the dashboard read one
/// row per date; <c>first_recorded_at</c> tells time-travel queries which dates existed at an instant, and
/// <c>result_sha256</c> lets a re-score tell whether its result changed without decoding the row.
/// </summary>
internal sealed class ScoresProjection : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(context.Connection, context.Transaction);
        foreach (var e in events)
        {
            if (e.Data is not ScoreEvaluated score) continue;
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                INSERT INTO "{context.Schema}".scores (model_version, as_of, stream_id, version, sha256, data, recorded_at, first_recorded_at, result_sha256)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)
                ON CONFLICT (model_version, as_of) DO UPDATE SET stream_id = EXCLUDED.stream_id, version = EXCLUDED.version,
                    sha256 = EXCLUDED.sha256, data = EXCLUDED.data, recorded_at = EXCLUDED.recorded_at, result_sha256 = EXCLUDED.result_sha256
                WHERE scores.version < EXCLUDED.version
                """)
            {
                Parameters =
                {
                    new NpgsqlParameter<string> { TypedValue = ScoreStreams.NormalizeModel(score.ModelVersion) },
                    new NpgsqlParameter<DateOnly> { TypedValue = score.AsOf },
                    new NpgsqlParameter<string> { TypedValue = e.StreamId },
                    new NpgsqlParameter<long> { TypedValue = e.Version },
                    new NpgsqlParameter<string> { TypedValue = Convert.ToHexStringLower(e.Hash) },
                    new NpgsqlParameter<string> { TypedValue = e.Json },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = e.RecordedAt },
                    new NpgsqlParameter<string> { TypedValue = ScoreEventBuilder.ResultSha256(score) },
                },
            });
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
