using AltSeason.TimeSeries;

namespace AltSeason.Ingestion.Observations;

/// <summary>
/// The latest known value of each (instant, field) of one series: what a new import is compared against.
/// Built from the read model when importing, or by folding the series' events when replaying.
/// </summary>
public sealed class KnownValues
{
    readonly Dictionary<(DateTimeOffset Time, string Field), double> _values = [];

    public int Count => _values.Count;

    public bool TryGet(DateTimeOffset time, string field, out double value) => _values.TryGetValue((time, field), out value);

    public void Set(DateTimeOffset time, string field, double value) => _values[(time, field)] = value;

    public void Apply(ObservationsIngested ingested)
    {
        ArgumentNullException.ThrowIfNull(ingested);
        foreach (var column in ingested.Fields)
            for (var i = 0; i < column.Timestamps.Count; i++)
                Set(column.Timestamps[i], column.Field, column.Values[i]);
    }

    public IEnumerable<Observation> All() => _values.Select(v => new Observation(v.Key.Time, v.Key.Field, v.Value));
}
