namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Confidence interval of a Pearson correlation through Fisher's z = atanh(r), whose standard error is
/// 1/sqrt(n - 3). The interval is symmetric in z and skewed back in r, so it never leaves [-1, 1].
/// </summary>
public static class FisherZ
{
    /// <summary>Two-sided 95% normal quantile, the default; pass another for other confidence levels.</summary>
    public const double Critical95 = 1.959963984540054;

    /// <returns>The interval, or null when n &lt;= 3 or r is undefined (no standard error exists).</returns>
    public static CorrelationInterval? Interval(double r, int n, double critical = Critical95, double confidence = 0.95)
    {
        if (n <= 3 || double.IsNaN(r)) return null;
        if (Math.Abs(r) >= 1) return new CorrelationInterval(r, r, r, n, confidence);
        var z = Math.Atanh(r);
        var half = critical / Math.Sqrt(n - 3);
        return new CorrelationInterval(r, Math.Tanh(z - half), Math.Tanh(z + half), n, confidence);
    }
}
