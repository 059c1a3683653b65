using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Families;

/// <summary>
/// The current value of every (series, instant, field) a family holds, as observations per series ordered by
/// time then field. Families build their typed inputs from it.
/// </summary>
public sealed class SignalInputs(IReadOnlyDictionary<string, IReadOnlyList<Observation>> bySeries)
{
    public static SignalInputs Empty { get; } = new(new Dictionary<string, IReadOnlyList<Observation>>());

    public IReadOnlyDictionary<string, IReadOnlyList<Observation>> BySeries { get; } = bySeries;

    public IReadOnlyList<Observation> Of(string series) => BySeries.GetValueOrDefault(series) ?? [];

    /// <summary>The inputs as ingestion batches (one per series, in name order), for builders that take batches.</summary>
    public IEnumerable<SeriesBatch> AsBatches(string source) =>
        BySeries.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new SeriesBatch(kv.Key, source, kv.Value));

    /// <summary>The latest date any series has a value on; null when empty.</summary>
    public DateOnly? LastDate => BySeries.Values.SelectMany(rows => rows).Select(r => (DateOnly?)r.Date).Max();
}
