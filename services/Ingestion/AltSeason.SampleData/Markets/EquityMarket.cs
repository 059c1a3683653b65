using AltSeason.SampleData.Randomness;

namespace AltSeason.SampleData.Markets;

/// <summary>
/// Russell 2000 and S&amp;P 500 sessions for the articles' scenario: correlated random walks, then in the last sixth of
/// the span small caps climb back to their old high and finish with a run of sessions beating the S&amp;P 500,
/// each one a new all-time high.
/// </summary>
public sealed record EquityMarket(IReadOnlyList<DateOnly> Sessions, IReadOnlyList<DailyBar> Russell2000, IReadOnlyList<DailyBar> SP500)
{
    /// <summary>Sessions at the end in which the Russell 2000 beats the S&amp;P 500 every day.</summary>
    public const int StreakLength = 8;

    public static EquityMarket Generate(DateOnly start, int days, SeededRandom random)
    {
        var sessions = Enumerable.Range(0, days).Select(start.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToArray();
        var n = sessions.Length;
        var spx = new double[n];
        var rut = new double[n];
        for (var i = 1; i < n; i++)
        {
            spx[i] = random.Gaussian(0.0003, 0.009);
            rut[i] = 1.15 * spx[i] + random.Gaussian(-0.0002, 0.007);
        }
        ShapeBreakout(rut, spx, random);
        return new EquityMarket(sessions, ToBars(rut, 2000, random), ToBars(spx, 4500, random));
    }

    /// <summary>Drifts the breakout window so the streak starts above every earlier close, then builds the streak.</summary>
    static void ShapeBreakout(double[] rut, double[] spx, SeededRandom random)
    {
        var n = rut.Length;
        var window = Math.Max(StreakLength + 10, n / 6);
        var windowStart = n - window;
        var streakStart = n - StreakLength;
        var logPrice = Cumulative(rut);
        var oldHigh = logPrice.Take(windowStart).Max();
        var target = oldHigh + Math.Log(1.01);
        var noise = rut[windowStart..streakStart].Sum();
        var drift = (target - logPrice[windowStart - 1] - noise) / (streakStart - windowStart);
        for (var i = windowStart; i < streakStart; i++) rut[i] += drift;

        logPrice = Cumulative(rut);
        var highBeforeStreak = logPrice.Take(streakStart).Max();
        for (var i = streakStart; i < n; i++)
            rut[i] = Math.Max(spx[i], 0) + random.Uniform(0.002, 0.007);
        // The first streak session lifts the index past any overshoot of the drift phase.
        rut[streakStart] += Math.Max(0, highBeforeStreak - logPrice[streakStart - 1]);
    }

    static double[] Cumulative(double[] returns)
    {
        var result = new double[returns.Length];
        for (var i = 1; i < returns.Length; i++) result[i] = result[i - 1] + returns[i];
        return result;
    }

    static DailyBar[] ToBars(double[] returns, double startLevel, SeededRandom random)
    {
        var bars = new DailyBar[returns.Length];
        var logLevel = 0.0;
        var close = startLevel;
        for (var i = 0; i < returns.Length; i++)
        {
            var previous = close;
            logLevel += returns[i];
            close = Math.Round(startLevel * Math.Exp(logLevel), 2);
            var open = Math.Round(previous * Math.Exp(random.Gaussian(0, 0.002)), 2);
            var high = Math.Round(Math.Max(open, close) * (1 + Math.Abs(random.Gaussian(0, 0.004))), 2);
            var low = Math.Round(Math.Min(open, close) * (1 - Math.Abs(random.Gaussian(0, 0.004))), 2);
            bars[i] = new DailyBar(open, high, low, close, (long)random.Uniform(2.5e9, 6e9));
        }
        return bars;
    }
}
