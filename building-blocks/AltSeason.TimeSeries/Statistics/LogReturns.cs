namespace AltSeason.TimeSeries.Statistics;

/// <summary>Daily log returns <c>r_t = ln(P_t / P_{t-1})</c>, the return every signal in SIGNALS.md uses.</summary>
public static class LogReturns
{
    public static double Between(double previous, double current) => Math.Log(current / previous);

    /// <summary>One return per consecutive pair, so the result has one element fewer than <paramref name="prices"/>.</summary>
    public static double[] Of(IReadOnlyList<double> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count < 2) return [];
        var returns = new double[prices.Count - 1];
        for (var i = 1; i < prices.Count; i++) returns[i - 1] = Between(prices[i - 1], prices[i]);
        return returns;
    }
}
