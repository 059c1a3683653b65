using System.Globalization;
using System.Text.Json;
using AltSeason.EventStore;
using AltSeason.Ingestion.Observations;
using AltSeason.SignalServices.Audit;
using Npgsql;

namespace AltSeason.Ingestion.Audit;

/// <summary>
/// Ingestion's replay re-derives every diff: for each <see cref="ObservationsIngested"/> it folds the series' earlier
/// events into the values known before it, re-runs <see cref="ObservationDiff"/> on the recorded rows and compares the
/// serialized result byte for byte with what was stored. A row that was not actually new (an overwrite with the same
/// value, or an event edited in place) shows up as a difference. Finally the fold of the whole stream is compared
/// with the <c>current_values</c> read model that future imports diff against.
/// </summary>
public sealed class ObservationReplayer(PostgresEventStore store) : IReplayer
{
    public async Task<ReplayOutcome> ReplayAsync(string streamPrefix, CancellationToken cancellationToken)
    {
        var outcomes = new List<ReplayOutcome>();
        foreach (var streamId in await StreamsAsync(streamPrefix ?? "", cancellationToken))
            outcomes.Add(await ReplayStreamAsync(streamId, cancellationToken));
        return ReplayOutcome.Combine(outcomes);
    }

    async Task<ReplayOutcome> ReplayStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        var series = streamId[SeriesStreams.Prefix.Length..];
        var known = new KnownValues();
        var mismatches = new List<ReplayMismatch>();
        var events = await store.ReadStreamAsync(streamId, cancellationToken: cancellationToken);
        foreach (var recorded in events)
        {
            if (recorded.Data is not ObservationsIngested ingested) continue;
            if (ingested.Series != series)
                mismatches.Add(new(streamId, recorded.Version, "series", series, ingested.Series));
            var recomputed = ObservationDiff.ToColumns(ObservationDiff.Changes(ObservationDiff.ToRows(ingested.Fields), known));
            mismatches.AddRange(CompareColumns(streamId, recorded.Version, ingested.Fields, recomputed));
            known.Apply(ingested);
        }
        var version = events.Count == 0 ? 0 : events[^1].Version;
        mismatches.AddRange(await CompareReadModelAsync(streamId, series, version, known, cancellationToken));
        return new ReplayOutcome(events.Count, mismatches);
    }

    IEnumerable<ReplayMismatch> CompareColumns(string streamId, long version, IReadOnlyList<ObservedField> stored, IReadOnlyList<ObservedField> recomputed)
    {
        for (var i = 0; i < Math.Max(stored.Count, recomputed.Count); i++)
        {
            var expected = i < stored.Count ? Json(stored[i]) : "(none)";
            var actual = i < recomputed.Count ? Json(recomputed[i]) : "(none: no row of this event was new)";
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
                yield return new ReplayMismatch(streamId, version, $"fields[{i}]", expected, actual);
        }
    }

    async Task<IReadOnlyList<ReplayMismatch>> CompareReadModelAsync(string streamId, string series, long version, KnownValues folded,
        CancellationToken cancellationToken)
    {
        var table = new KnownValues();
        await using (var command = store.DataSource.CreateCommand(
            $"""SELECT field, observed_at, value FROM "{store.Schema}".{CurrentValuesProjection.Table} WHERE series = $1"""))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = series });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                table.Set(reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(0), reader.GetDouble(2));
        }

        var mismatches = new List<ReplayMismatch>();
        foreach (var row in folded.All().OrderBy(r => r.Field, StringComparer.Ordinal).ThenBy(r => r.TimestampUtc))
        {
            var present = table.TryGet(row.TimestampUtc, row.Field, out var value);
            if (!present || !value.Equals(row.Value))
                mismatches.Add(new(streamId, version, Path(row.Field, row.TimestampUtc), Text(row.Value), present ? Text(value) : "(missing)"));
        }
        foreach (var row in table.All().Where(r => !folded.TryGet(r.TimestampUtc, r.Field, out _)))
            mismatches.Add(new(streamId, version, Path(row.Field, row.TimestampUtc), "(no event)", Text(row.Value)));
        return mismatches;
    }

    async Task<IReadOnlyList<string>> StreamsAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            $"""SELECT stream_id FROM "{store.Schema}".streams WHERE starts_with(stream_id, $1) AND starts_with(stream_id, $2) ORDER BY stream_id""");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = SeriesStreams.Prefix });
        var streams = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) streams.Add(reader.GetString(0));
        return streams;
    }

    string Json(ObservedField field) => JsonSerializer.Serialize(field, store.Serializer.Options);

    static string Path(string field, DateTimeOffset time) =>
        $"current_values[{field}@{time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}]";

    static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
