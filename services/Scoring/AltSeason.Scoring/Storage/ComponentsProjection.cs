using AltSeason.EventStore.Events;
using AltSeason.EventStore.Projections;
using AltSeason.Scoring.Components;
using Npgsql;

namespace AltSeason.Scoring.Storage;

/// <summary>Keeps <c>components</c>: the latest component event per (family, as-of date), with its version and hash.</summary>
internal sealed class ComponentsProjection : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(context.Connection, context.Transaction);
        foreach (var e in events)
        {
            if (e.Data is not ComponentRecorded component) continue;
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"""
                INSERT INTO "{context.Schema}".components (family, as_of, stream_id, version, sha256, data, recorded_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (family, as_of) DO UPDATE SET stream_id = EXCLUDED.stream_id, version = EXCLUDED.version,
                    sha256 = EXCLUDED.sha256, data = EXCLUDED.data, recorded_at = EXCLUDED.recorded_at
                WHERE components.version < EXCLUDED.version
                """)
            {
                Parameters =
                {
                    new NpgsqlParameter<string> { TypedValue = component.Family },
                    new NpgsqlParameter<DateOnly> { TypedValue = component.AsOf },
                    new NpgsqlParameter<string> { TypedValue = e.StreamId },
                    new NpgsqlParameter<long> { TypedValue = e.Version },
                    new NpgsqlParameter<string> { TypedValue = Convert.ToHexStringLower(e.Hash) },
                    new NpgsqlParameter<string> { TypedValue = e.Json },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = e.RecordedAt },
                },
            });
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
