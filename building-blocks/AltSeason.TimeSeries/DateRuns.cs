namespace AltSeason.TimeSeries;

/// <summary>Dates grouped into ranges without long gaps, so work over scattered dates skips the years between them.</summary>
public static class DateRuns
{
    /// <summary>
    /// The distinct <paramref name="dates"/> as ascending ranges, a new range wherever two neighbours are more than
    /// <paramref name="maxGapDays"/> apart.
    /// </summary>
    public static List<(DateOnly From, DateOnly Through)> Of(IEnumerable<DateOnly> dates, int maxGapDays)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var runs = new List<(DateOnly From, DateOnly Through)>();
        foreach (var date in dates.Distinct().Order())
        {
            if (runs.Count > 0 && date.DayNumber - runs[^1].Through.DayNumber <= maxGapDays) runs[^1] = (runs[^1].From, date);
            else runs.Add((date, date));
        }
        return runs;
    }
}
