using System.Runtime.CompilerServices;
using AltSeason.SignalServices.Events;
using AltSeason.SignalServices.Families;
using AltSeason.TimeSeries;
using Npgsql;
using NpgsqlTypes;

namespace AltSeason.SignalServices.Storage;

/// <summary>Reads of the family's read-model tables, inside the caller's transaction when it has one.</summary>
internal sealed class SignalTables(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema)
{
    public async Task<IReadOnlyList<InputReference>> InputHeadsAsync(CancellationToken ct)
    {
        await using var command = Command($"""SELECT stream_id, version, sha256 FROM "{schema}".signal_input_heads ORDER BY stream_id COLLATE "C" """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var heads = new List<InputReference>();
        while (await reader.ReadAsync(ct)) heads.Add(new(reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        return heads;
    }

    /// <summary>
    /// The stored inputs dated within [from, through] (UTC dates; null: unbounded), in the order models expect
    /// (series, instant, field). Series and field names are shared strings: a long history repeats a handful of
    /// names millions of times. <paramref name="lastDate"/> is what the inputs report as their last date, for windows.
    /// </summary>
    public async Task<SignalInputs> InputsAsync(DateOnly? from, DateOnly? through, DateOnly? lastDate, CancellationToken ct)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var heads = Command($"""SELECT series, source FROM "{schema}".signal_input_heads"""))
        await using (var headRows = await heads.ExecuteReaderAsync(ct))
        {
            while (await headRows.ReadAsync(ct)) sources[headRows.GetString(0)] = headRows.GetString(1);
        }

        await using var command = Command($"""
            SELECT series, observed_at, field, value FROM "{schema}".signal_inputs
            WHERE ($1::timestamptz IS NULL OR observed_at >= $1) AND ($2::timestamptz IS NULL OR observed_at < $2)
            ORDER BY series COLLATE "C", observed_at, field COLLATE "C"
            """);
        command.Parameters.Add(new() { Value = (object?)StartOf(from) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (object?)StartOf(through?.AddDays(1)) ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string name) => names.TryGetValue(name, out var shared) ? shared : names[name] = name;
        var bySeries = new Dictionary<string, IReadOnlyList<Observation>>(StringComparer.Ordinal);
        // One growing buffer, copied out at each series' exact size: a list per series kept up to half its capacity
        // unused, and each doubling of a long one left a large-object array behind. Heap dumps of OnChain in the 100x
        // backfill: live Observation arrays 48.2 MB (92 lists) before, 31.5 MB (82 arrays) after.
        var rows = new List<Observation>();
        string? current = null;
        while (await reader.ReadAsync(ct))
        {
            var series = reader.GetString(0);
            if (series != current)
            {
                if (current is not null) bySeries[current] = rows.ToArray();
                rows.Clear();
                current = Shared(series);
            }
            rows.Add(new Observation(reader.GetFieldValue<DateTimeOffset>(1), Shared(reader.GetString(2)), reader.GetDouble(3)));
        }
        if (current is not null) bySeries[current] = rows.ToArray();
        return new SignalInputs(bySeries, sources, lastDate);
    }

    /// <summary>The latest date any stored input has a value on; null when there is none.</summary>
    public async Task<DateOnly?> LastInputDateAsync(CancellationToken ct)
    {
        await using var command = Command($"""SELECT max(observed_at) FROM "{schema}".signal_inputs""");
        return await command.ExecuteScalarAsync(ct) is DateTime last ? DateOnly.FromDateTime(last.ToUniversalTime()) : null;
    }

    static DateTimeOffset? StartOf(DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>
    /// The newest stored version of every as-of date in the range, with the SHA-256 of its outputs JSON (UTF-8): enough
    /// to tell whether a fresh evaluation changed anything. PostgreSQL hashes the text, so only 32 bytes per date come
    /// back instead of the JSON (reading those strings was 44% of a signal service's allocations in a backfill).
    /// </summary>
    public async Task<Dictionary<DateOnly, (long Version, byte[] ValuesSha256)>> LatestOutputHashesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var command = Command($"""
            SELECT DISTINCT ON (as_of) as_of, version, sha256(convert_to(values_json, 'UTF8')) FROM "{schema}".signal_evaluations
            WHERE as_of BETWEEN $1 AND $2 ORDER BY as_of, version DESC
            """);
        command.Parameters.Add(new() { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var latest = new Dictionary<DateOnly, (long, byte[])>();
        while (await reader.ReadAsync(ct)) latest[reader.GetFieldValue<DateOnly>(0)] = (reader.GetInt64(1), reader.GetFieldValue<byte[]>(2));
        return latest;
    }

    /// <summary>Where the newest evaluation of each as-of date in [from, to] is stored, without its JSON (announcements need no more).</summary>
    public async Task<Dictionary<DateOnly, StoredHead>> LatestHeadsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var command = Command($"""
            SELECT DISTINCT ON (as_of) as_of, version, recorded_at, sha256 FROM "{schema}".signal_evaluations
            WHERE as_of BETWEEN $1 AND $2 ORDER BY as_of, version DESC
            """);
        command.Parameters.Add(new() { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var heads = new Dictionary<DateOnly, StoredHead>();
        while (await reader.ReadAsync(ct))
            heads[reader.GetFieldValue<DateOnly>(0)] = new(reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3));
        return heads;
    }

    /// <summary>
    /// For each as-of date in [from, to], the newest evaluation recorded by <paramref name="knownAt"/> (null = now),
    /// in date order, one row at a time: a range of years is thousands of evaluations of tens of KB each.
    /// </summary>
    public async IAsyncEnumerable<StoredEvaluation> EvaluationsAsync(DateOnly from, DateOnly to, DateTimeOffset? knownAt,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = Command($"""
            SELECT DISTINCT ON (as_of) as_of, version, recorded_at, sha256, data FROM "{schema}".signal_evaluations
            WHERE as_of BETWEEN $1 AND $2 AND ($3::timestamptz IS NULL OR recorded_at <= $3)
            ORDER BY as_of, version DESC
            """);
        command.Parameters.Add(new() { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = (object?)knownAt?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return new(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3), reader.GetString(4));
    }

    NpgsqlCommand Command(string sql) => new(sql, connection, transaction);
}

/// <summary>One row of the evaluations read model: where the event is and its JSON as stored.</summary>
internal sealed record StoredEvaluation(DateOnly AsOf, long Version, DateTimeOffset RecordedAt, string Sha256, string Json);

/// <summary>The version, recording time and hash of a stored evaluation.</summary>
internal sealed record StoredHead(long Version, DateTimeOffset RecordedAt, string Sha256);
