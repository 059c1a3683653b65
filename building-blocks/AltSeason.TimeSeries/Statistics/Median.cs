namespace AltSeason.TimeSeries.Statistics;

public static class Median
{
    /// <returns>The median, the mean of the two middle values for an even count, or NaN when empty.</returns>
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return double.NaN;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
