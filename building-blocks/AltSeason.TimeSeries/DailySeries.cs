namespace AltSeason.TimeSeries;

/// <summary>
/// One value per calendar date, strictly increasing dates. The input shape of every calculator:
/// index-based so a calculator can walk a whole history in one pass.
/// </summary>
public sealed class DailySeries
{
    readonly DateOnly[] _dates;
    readonly double[] _values;

    public DailySeries(IEnumerable<(DateOnly Date, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var sorted = points.OrderBy(p => p.Date).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Date == sorted[i - 1].Date)
                throw new ArgumentException($"Duplicate date {sorted[i].Date:yyyy-MM-dd} in series.", nameof(points));
        }
        _dates = sorted.Select(p => p.Date).ToArray();
        _values = sorted.Select(p => p.Value).ToArray();
    }

    public static DailySeries Empty { get; } = new([]);

    public int Count => _dates.Length;
    public IReadOnlyList<DateOnly> Dates => _dates;
    public IReadOnlyList<double> Values => _values;
    public DateOnly DateAt(int index) => _dates[index];
    public double ValueAt(int index) => _values[index];

    /// <summary>Index of <paramref name="date"/>, or -1 when the series has no value that day.</summary>
    public int IndexOf(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        return i >= 0 ? i : -1;
    }

    /// <summary>Index of the last date on or before <paramref name="date"/>, or -1 when none is.</summary>
    public int IndexAtOrBefore(DateOnly date)
    {
        var i = Array.BinarySearch(_dates, date);
        return i >= 0 ? i : ~i - 1;
    }

    public bool TryGetValue(DateOnly date, out double value)
    {
        var i = IndexOf(date);
        value = i >= 0 ? _values[i] : double.NaN;
        return i >= 0;
    }

    /// <summary>Builds a series from the observations of one field, taking one per date.</summary>
    public static DailySeries FromObservations(IEnumerable<Observation> rows, string field) =>
        new(rows.Where(r => r.Field == field).Select(r => (r.Date, r.Value)));
}
