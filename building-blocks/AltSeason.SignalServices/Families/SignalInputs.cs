using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Families;

/// <summary>
/// The current value of every (series, instant, field) a family holds, as observations per series ordered by
/// time then field, and the source (format or vendor) of each series' latest rows, which some outputs name.
/// Families build their typed inputs from it. It may hold only a window of dates (see
/// <see cref="ISignalModel.LookbackDays"/>); <see cref="LastDate"/> is then given by whoever loaded it.
/// </summary>
public sealed class SignalInputs(IReadOnlyDictionary<string, IReadOnlyList<Observation>> bySeries, IReadOnlyDictionary<string, string> sources,
    DateOnly? lastDate = null)
{
    public static SignalInputs Empty { get; } = new(new Dictionary<string, IReadOnlyList<Observation>>(), new Dictionary<string, string>());

    public IReadOnlyDictionary<string, IReadOnlyList<Observation>> BySeries { get; } = bySeries;

    public string SourceOf(string series) => sources.GetValueOrDefault(series) ?? "unknown";

    public IReadOnlyList<Observation> Of(string series) => BySeries.GetValueOrDefault(series) ?? [];

    /// <summary>The inputs as ingestion batches (one per series, in name order), for builders that take batches.</summary>
    public IEnumerable<SeriesBatch> AsBatches() =>
        BySeries.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new SeriesBatch(kv.Key, SourceOf(kv.Key), kv.Value));

    /// <summary>The latest date any series has a value on (of all stored inputs, for a window); null when empty.</summary>
    /// <remarks>Computed once: affected-dates questions ask it for every changed row of a batch.</remarks>
    public DateOnly? LastDate => _lastDate.Value;

    readonly Lazy<DateOnly?> _lastDate = new(() => lastDate ?? bySeries.Values.SelectMany(rows => rows).Select(r => (DateOnly?)r.Date).Max());

    /// <summary>
    /// Only the rows dated within [from, through] (UTC dates), keeping the sources and this <see cref="LastDate"/>:
    /// what the engine loads for a model with a lookback. Series without a row in the window are left out, as a
    /// load of the window would leave them out.
    /// </summary>
    public SignalInputs Window(DateOnly from, DateOnly through)
    {
        var window = new Dictionary<string, IReadOnlyList<Observation>>(StringComparer.Ordinal);
        foreach (var (series, rows) in BySeries)
        {
            var kept = rows.Where(r => r.Date >= from && r.Date <= through).ToList();
            if (kept.Count > 0) window[series] = kept;
        }
        return new SignalInputs(window, sources, LastDate);
    }
}
