using AltSeason.EventStore.Events;
using AltSeason.EventStore.Projections;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.Ingestion.Observations;

/// <summary>
/// Inline read model <c>current_values</c>: the latest value per (series, field, instant) and the stream version
/// that set it. It commits with the events, so the next import always diffs against exactly what is stored.
/// </summary>
public sealed class CurrentValuesProjection : IInlineProjection
{
    public const string Table = "current_values";

    public static string CreateTableSql(string schema) => $"""
        CREATE TABLE IF NOT EXISTS "{schema}".{Table} (
            series         text             NOT NULL,
            field          text             NOT NULL,
            observed_at    timestamptz      NOT NULL,
            value          double precision NOT NULL,
            stream_version bigint           NOT NULL,
            PRIMARY KEY (series, field, observed_at)
        )
        """;

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var recorded in events)
        {
            if (recorded.Data is not ObservationsIngested ingested) continue;
            // A series' rows come only from its own stream, so its first event finds none: plain COPY, no conflict
            // handling (a backfill is almost all first events; the upsert costs many times more per row).
            if (recorded.Version == 1) await CopyAsync(context, ingested, cancellationToken);
            else await UpsertAsync(context, ingested, recorded.Version, cancellationToken);
        }
    }

    // Values are written with the synchronous calls: they only fill Npgsql's buffer (a full one is flushed to the local
    // socket), and an awaited call per value cost more than the value.
    static async Task CopyAsync(ProjectionContext context, ObservationsIngested ingested, CancellationToken cancellationToken)
    {
        await using var copy = await context.Connection.BeginBinaryImportAsync(
            $"""COPY "{context.Schema}".{Table} (series, field, observed_at, value, stream_version) FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var column in ingested.Fields)
            for (var i = 0; i < column.Timestamps.Count; i++)
            {
                copy.StartRow();
                copy.Write(ingested.Series, NpgsqlDbType.Text);
                copy.Write(column.Field, NpgsqlDbType.Text);
                copy.Write(column.Timestamps[i].ToUniversalTime(), NpgsqlDbType.TimestampTz);
                copy.Write(column.Values[i], NpgsqlDbType.Double);
                copy.Write(1L, NpgsqlDbType.Bigint);
            }
        await copy.CompleteAsync(cancellationToken);
    }

    static async Task UpsertAsync(ProjectionContext context, ObservationsIngested ingested, long version, CancellationToken cancellationToken)
    {
        var rows = ObservationDiff.ToRows(ingested.Fields).ToArray();
        await using var upsert = context.CreateCommand($"""
            INSERT INTO "{context.Schema}".{Table} (series, field, observed_at, value, stream_version)
            SELECT $1, u.field, u.observed_at, u.value, $2
            FROM unnest($3::text[], $4::timestamptz[], $5::float8[]) AS u(field, observed_at, value)
            ON CONFLICT (series, field, observed_at) DO UPDATE SET value = excluded.value, stream_version = excluded.stream_version
            """);
        upsert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ingested.Series });
        upsert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(r => r.Field)] });
        upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. rows.Select(r => r.TimestampUtc.ToUniversalTime())] });
        upsert.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. rows.Select(r => r.Value)] });
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
