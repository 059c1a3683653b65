namespace AltSeason.TimeSeries.Statistics;

/// <summary>Pearson correlation of paired samples, computed in two passes (means first) for accuracy.</summary>
public static class Pearson
{
    /// <returns>The correlation in [-1, 1], or NaN when fewer than two pairs or either side is constant.</returns>
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
            throw new ArgumentException($"Pearson needs paired samples; got {x.Length} and {y.Length} values.", nameof(y));
        var n = x.Length;
        if (n < 2) return double.NaN;

        double meanX = 0, meanY = 0;
        for (var i = 0; i < n; i++) { meanX += x[i]; meanY += y[i]; }
        meanX /= n;
        meanY /= n;

        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return Clamp(sxy / Math.Sqrt(sxx * syy));
    }

    /// <summary>Rounding can push |r| a hair past 1; a correlation never leaves [-1, 1]. NaN stays NaN.</summary>
    internal static double Clamp(double r) => double.IsNaN(r) ? r : Math.Clamp(r, -1.0, 1.0);
}
