using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Families;

/// <summary>
/// The current value of every (series, instant, field) a family holds, as observations per series ordered by
/// time then field, and the source (format or vendor) of each series' latest rows, which some outputs name.
/// Families build their typed inputs from it.
/// </summary>
public sealed class SignalInputs(IReadOnlyDictionary<string, IReadOnlyList<Observation>> bySeries, IReadOnlyDictionary<string, string> sources)
{
    public static SignalInputs Empty { get; } = new(new Dictionary<string, IReadOnlyList<Observation>>(), new Dictionary<string, string>());

    public IReadOnlyDictionary<string, IReadOnlyList<Observation>> BySeries { get; } = bySeries;

    public string SourceOf(string series) => sources.GetValueOrDefault(series) ?? "unknown";

    public IReadOnlyList<Observation> Of(string series) => BySeries.GetValueOrDefault(series) ?? [];

    /// <summary>The inputs as ingestion batches (one per series, in name order), for builders that take batches.</summary>
    public IEnumerable<SeriesBatch> AsBatches() =>
        BySeries.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new SeriesBatch(kv.Key, SourceOf(kv.Key), kv.Value));

    /// <summary>The latest date any series has a value on; null when empty.</summary>
    /// <remarks>Computed once: affected-dates questions ask it for every changed row of a batch.</remarks>
    public DateOnly? LastDate => _lastDate.Value;

    readonly Lazy<DateOnly?> _lastDate = new(() => bySeries.Values.SelectMany(rows => rows).Select(r => (DateOnly?)r.Date).Max());
}
