namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Pearson correlation over the last <c>window</c> pairs from sums kept by a <see cref="SlidingWindowSum"/>:
/// amortised O(1) per pair, so a whole history costs one pass instead of one window per date, and each
/// result depends only on the pairs in its window.
/// </summary>
public sealed class RollingCorrelation
{
    readonly SlidingWindowSum _sums;
    readonly double[] _term = new double[5];
    readonly double[] _total = new double[5];

    public RollingCorrelation(int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        _sums = new SlidingWindowSum(5, window);
    }

    public int Window => _sums.Window;
    public int Count => _sums.Count;
    public bool IsFull => _sums.IsFull;

    public void Add(double x, double y)
    {
        (_term[0], _term[1], _term[2], _term[3], _term[4]) = (x, y, x * x, y * y, x * y);
        _sums.Add(_term);
    }

    /// <summary>The correlation of the pairs held now, or NaN when fewer than two or one side is constant.</summary>
    /// <remarks>Single-pass sums lose digits when values sit far from zero; log returns and log levels
    /// (|x| &lt; 40) keep about ten significant digits, plenty for a correlation.</remarks>
    public double Correlation
    {
        get
        {
            if (Count < 2) return double.NaN;
            _sums.Sum(_total);
            var (sx, sy, sxx, syy, sxy) = (_total[0], _total[1], _total[2], _total[3], _total[4]);
            var n = (double)Count;
            var covariance = n * sxy - sx * sy;
            var varianceX = n * sxx - sx * sx;
            var varianceY = n * syy - sy * sy;
            if (varianceX <= 0 || varianceY <= 0) return double.NaN;
            return Pearson.Clamp(covariance / Math.Sqrt(varianceX * varianceY));
        }
    }
}
