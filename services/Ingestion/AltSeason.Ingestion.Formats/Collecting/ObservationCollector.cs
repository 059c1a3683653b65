using System.Globalization;
using AltSeason.TimeSeries;

namespace AltSeason.Ingestion.Formats.Collecting;

/// <summary>
/// Gathers a file's rows per series. A second value for the same (time, field) is collapsed when identical
/// (vendors repeat rows across pages) and reported as a conflict when it differs, naming the earlier line.
/// </summary>
sealed class ObservationCollector
{
    readonly Dictionary<string, Dictionary<(DateTimeOffset Time, string Field), (double Value, int Line)>> _series =
        new(StringComparer.Ordinal);

    /// <returns>Null when stored, else why the row conflicts with an earlier one (nothing is stored then).</returns>
    public string? AddRow(string series, DateTimeOffset time, int line, IReadOnlyList<FieldValue> values)
    {
        if (!_series.TryGetValue(series, out var rows))
            _series[series] = rows = [];

        foreach (var (field, value) in values)
        {
            if (rows.TryGetValue((time, field), out var earlier) && !SameValue(earlier.Value, value))
                return $"duplicate {Describe(time)} for {series} has {field} = {Format(value)}, " +
                       $"but line {earlier.Line} gave {Format(earlier.Value)}";
        }
        foreach (var (field, value) in values)
            rows.TryAdd((time, field), (value, line));
        return null;
    }

    public IReadOnlyList<SeriesBatch> ToBatches(string source) =>
        _series.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Where(s => s.Value.Count > 0)
            .Select(s => new SeriesBatch(s.Key, source, s.Value
                .Select(r => new Observation(r.Key.Time, r.Key.Field, r.Value.Value))
                .OrderBy(o => o.TimestampUtc)
                .ThenBy(o => o.Field, StringComparer.Ordinal)
                .ToArray()))
            .ToArray();

    // Bit-identical, so a re-sent row collapses while any revision, however small, is a conflict.
    static bool SameValue(double a, double b) => a.Equals(b);

    static string Describe(DateTimeOffset time) =>
        time.TimeOfDay == TimeSpan.Zero
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : time.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
