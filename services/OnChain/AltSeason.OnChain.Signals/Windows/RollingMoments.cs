using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// Mean and sample standard deviation of the window from running sums. Values are shifted by the series' first
/// value before summing so large USD figures do not cancel catastrophically in Σx² − (Σx)²/n.
/// </summary>
internal sealed class RollingMoments(DailySeries series, int days) : SlidingWindow(series, days)
{
    readonly double _shift = series.Count > 0 ? series.ValueAt(0) : 0;
    double _sum;
    double _sumOfSquares;

    public double Mean => _shift + _sum / Count;

    /// <summary>Sample standard deviation, or NaN when the window has fewer than two points or no spread.</summary>
    public double StandardDeviation
    {
        get
        {
            if (Count < 2) return double.NaN;
            var spread = _sumOfSquares - _sum * _sum / Count;
            // Running sums leave rounding dust where the true spread is zero; treat that as no spread.
            if (spread <= 1e-12 * _sumOfSquares) return double.NaN;
            return Math.Sqrt(spread / (Count - 1));
        }
    }

    protected override void Enter(int index)
    {
        var x = Series.ValueAt(index) - _shift;
        _sum += x;
        _sumOfSquares += x * x;
    }

    protected override void Leave(int index)
    {
        var x = Series.ValueAt(index) - _shift;
        _sum -= x;
        _sumOfSquares -= x * x;
    }
}
