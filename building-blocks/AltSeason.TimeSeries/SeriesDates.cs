namespace AltSeason.TimeSeries;

/// <summary>The dates any of several series has a value on: the as-of dates a family evaluates.</summary>
public static class SeriesDates
{
    /// <summary>Every date within [<paramref name="from"/>, <paramref name="to"/>] on which any series has a value, ascending.</summary>
    /// <remarks>
    /// Daily histories span about as many days as they hold dates, so one flag per day of the span merges them in a
    /// single pass; a sparse span (a stray date decades away) falls back to sorting. A sorted set did the same in
    /// O(n log n) with a cache miss per insert, which made long histories cost more per date than short ones.
    /// </remarks>
    public static DateOnly[] Union(IEnumerable<DailySeries> series, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(series);
        var days = new List<int>();
        foreach (var s in series)
        {
            var start = s.IndexAtOrBefore(from);
            for (var i = Math.Max(0, start); i < s.Count && s.DateAt(i) <= to; i++)
                if (s.DateAt(i) >= from) days.Add(s.DateAt(i).DayNumber);
        }
        if (days.Count == 0) return [];

        int first = int.MaxValue, last = int.MinValue;
        foreach (var day in days)
        {
            first = Math.Min(first, day);
            last = Math.Max(last, day);
        }
        var span = (long)last - first + 1;
        if (span > 4L * days.Count + 1024)
        {
            days.Sort();
            var distinct = new List<DateOnly>(days.Count);
            for (var i = 0; i < days.Count; i++)
                if (i == 0 || days[i] != days[i - 1]) distinct.Add(DateOnly.FromDayNumber(days[i]));
            return [.. distinct];
        }

        var present = new bool[span];
        var count = 0;
        foreach (var day in days)
        {
            if (present[day - first]) continue;
            present[day - first] = true;
            count++;
        }
        var dates = new DateOnly[count];
        for (int offset = 0, n = 0; offset < present.Length; offset++)
            if (present[offset]) dates[n++] = DateOnly.FromDayNumber(first + offset);
        return dates;
    }
}
