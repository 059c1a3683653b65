using Npgsql;

namespace AltSeason.Ingestion.Observations;

/// <summary>
/// Loads the stored state of several series in one query. Every event writes rows stamped with its version, so the
/// highest stamp of a series is its stream version; an append expecting that version fails if anyone wrote since.
/// </summary>
public static class CurrentValuesReader
{
    public static async Task<IReadOnlyDictionary<string, SeriesState>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string schema, IReadOnlyCollection<string> series, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var states = series.Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, s => (Version: 0L, Values: new KnownValues()), StringComparer.Ordinal);
        await using var command = new NpgsqlCommand($"""
            SELECT series, field, observed_at, value, stream_version FROM "{schema}".{CurrentValuesProjection.Table}
            WHERE series = ANY($1)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. states.Keys] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            var state = states[name];
            state.Values.Set(reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(1), reader.GetDouble(3));
            states[name] = (Math.Max(state.Version, reader.GetInt64(4)), state.Values);
        }
        return states.ToDictionary(s => s.Key, s => new SeriesState(s.Key, s.Value.Version, s.Value.Values), StringComparer.Ordinal);
    }
}
