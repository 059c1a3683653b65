using AltSeason.TimeSeries;

namespace AltSeason.Ingestion.Observations;

/// <summary>Pure: which parsed rows are news. A value is compared bit for bit, so any revision, however small, counts.</summary>
public static class ObservationDiff
{
    public static IReadOnlyList<Observation> Changes(IEnumerable<Observation> parsed, KnownValues known)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(known);
        return [.. parsed.Where(row => !known.TryGet(row.TimestampUtc, row.Field, out var value) || !value.Equals(row.Value))];
    }

    /// <summary>Rows grouped per field (ordinal order), each column in time order: the event's stable layout.</summary>
    public static IReadOnlyList<ObservedField> ToColumns(IEnumerable<Observation> rows) =>
        [.. rows.GroupBy(r => r.Field, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.TimestampUtc).ToArray();
                return new ObservedField(g.Key, [.. ordered.Select(r => r.TimestampUtc)], [.. ordered.Select(r => r.Value)]);
            })];

    public static IEnumerable<Observation> ToRows(IEnumerable<ObservedField> columns) =>
        columns.SelectMany(c => c.Timestamps.Select((t, i) => new Observation(t, c.Field, c.Values[i])));
}
