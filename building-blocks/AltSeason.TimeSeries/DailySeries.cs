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
        var given = points.ToArray();
        // Callers mostly pass dates in order already: sort (stably, so a duplicate is reported by its first date) only when not.
        var sorted = IsAscending(given) ? given : [.. given.OrderBy(p => p.Date)];
        _dates = new DateOnly[sorted.Length];
        _values = new double[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].Date == sorted[i - 1].Date)
                throw new ArgumentException($"Duplicate date {sorted[i].Date:yyyy-MM-dd} in series.", nameof(points));
            _dates[i] = sorted[i].Date;
            _values[i] = sorted[i].Value;
        }
    }

    static bool IsAscending((DateOnly Date, double Value)[] points)
    {
        for (var i = 1; i < points.Length; i++)
            if (points[i].Date < points[i - 1].Date) return false;
        return true;
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
        var i = Search(date);
        return i >= 0 ? i : -1;
    }

    /// <summary>Index of the last date on or before <paramref name="date"/>, or -1 when none is.</summary>
    public int IndexAtOrBefore(DateOnly date)
    {
        var i = Search(date);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>
    /// Binary search in the only indexes that can hold <paramref name="date"/>: dates are distinct days in increasing
    /// order, so it lies at most (date - first) days after the start and (last - date) before the end. A gapless series
    /// narrows that to one index, so calculators that look up every date cost O(1) per lookup instead of O(log n).
    /// </summary>
    /// <returns>The index, or the bitwise complement of the index where the date would be inserted.</returns>
    int Search(DateOnly date)
    {
        var dates = _dates;
        if (dates.Length == 0) return ~0;
        var day = date.DayNumber;
        var first = dates[0].DayNumber;
        var last = dates[^1].DayNumber;
        if (day < first) return ~0;
        if (day > last) return ~dates.Length;
        var low = Math.Max(0, dates.Length - 1 - (last - day));
        var high = Math.Min(dates.Length - 1, day - first);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = dates[middle].DayNumber;
            if (found == day) return middle;
            if (found < day) low = middle + 1;
            else high = middle - 1;
        }
        return ~low;
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
