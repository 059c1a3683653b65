using AltSeason.EventStore.Events;
using AltSeason.EventStore.Projections;
using AltSeason.SignalServices.Events;
using NpgsqlTypes;

namespace AltSeason.SignalServices.Storage;

/// <summary>Keeps the current value per (series, instant, field) and each input stream's head (version, hash).</summary>
internal sealed class InputsProjection : IInlineProjection
{
    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            if (e.Data is not InputsReceived received) continue;
            var series = new List<string>();
            var times = new List<DateTimeOffset>();
            var fields = new List<string>();
            var values = new List<double>();
            foreach (var column in received.Fields)
            {
                for (var i = 0; i < column.Timestamps.Count; i++)
                {
                    series.Add(received.Series);
                    times.Add(column.Timestamps[i]);
                    fields.Add(column.Field);
                    values.Add(column.Values[i]);
                }
            }

            await using (var upsert = context.CreateCommand($"""
                INSERT INTO "{context.Schema}".signal_inputs (series, observed_at, field, value)
                SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::double precision[])
                ON CONFLICT (series, observed_at, field) DO UPDATE SET value = EXCLUDED.value
                """))
            {
                upsert.Parameters.Add(new() { Value = series.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                upsert.Parameters.Add(new() { Value = times.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
                upsert.Parameters.Add(new() { Value = fields.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                upsert.Parameters.Add(new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double });
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var head = context.CreateCommand($"""
                INSERT INTO "{context.Schema}".signal_input_heads (stream_id, series, version, sha256, source) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, sha256 = EXCLUDED.sha256, source = EXCLUDED.source
                """);
            head.Parameters.Add(new() { Value = e.StreamId });
            head.Parameters.Add(new() { Value = received.Series });
            head.Parameters.Add(new() { Value = e.Version });
            head.Parameters.Add(new() { Value = Convert.ToHexStringLower(e.Hash) });
            head.Parameters.Add(new() { Value = received.Source });
            await head.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
