using AltSeason.TimeSeries;

namespace AltSeason.Equities.Tests.Support;

/// <summary>Builds daily series for tests: consecutive weekdays from a start date.</summary>
public static class Series
{
    public static readonly DateOnly Start = new(2024, 1, 1); // a Monday

    public static DailySeries Weekdays(params double[] values) => Weekdays(Start, values);

    public static DailySeries Weekdays(DateOnly start, IReadOnlyList<double> values) =>
        new(WeekdayDates(start).Zip(values));

    public static IEnumerable<DateOnly> WeekdayDates(DateOnly start)
    {
        for (var d = start; ; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) yield return d;
    }

    /// <summary>A seeded geometric random walk: deterministic, positive, realistic daily moves.</summary>
    public static double[] RandomWalk(int count, int seed, double start = 100, double volatility = 0.01)
    {
        var random = new Random(seed);
        var values = new double[count];
        var price = start;
        for (var i = 0; i < count; i++)
        {
            values[i] = price;
            price *= Math.Exp(volatility * (random.NextDouble() * 2 - 1) * 1.7);
        }
        return values;
    }
}
