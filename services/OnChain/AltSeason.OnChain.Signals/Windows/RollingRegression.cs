using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// Least-squares line y = a + b·day through the window, from running sums. Days count from the series' first date
/// and y is shifted by its first value, keeping the sums small enough that their differences stay accurate.
/// </summary>
internal sealed class RollingRegression(DailySeries series, int days) : SlidingWindow(series, days)
{
    readonly DateOnly _origin = series.Count > 0 ? series.DateAt(0) : default;
    readonly double _shift = series.Count > 0 ? series.ValueAt(0) : 0;
    double _sx, _sy, _sxx, _sxy, _syy;

    /// <summary>The fit with its line evaluated on <paramref name="day"/>, or null when fewer than three points.</summary>
    public TrendFit? FitAt(DateOnly day)
    {
        var n = Count;
        if (n < 3) return null;
        var sxx = _sxx - _sx * _sx / n;
        if (sxx <= 0) return null;
        var sxy = _sxy - _sx * _sy / n;
        var syy = _syy - _sy * _sy / n;
        var slope = sxy / sxx;
        var residualSquares = Math.Max(0, syy - slope * sxy);
        var meanX = _sx / n;
        var meanY = _sy / n;
        return new TrendFit(slope, Math.Sqrt(residualSquares / (n - 2)), _shift + meanY + slope * (Day(day) - meanX), n);
    }

    double Day(DateOnly date) => date.DayNumber - _origin.DayNumber;

    protected override void Enter(int index)
    {
        var x = Day(Series.DateAt(index));
        var y = Series.ValueAt(index) - _shift;
        _sx += x; _sy += y; _sxx += x * x; _sxy += x * y; _syy += y * y;
    }

    protected override void Leave(int index)
    {
        var x = Day(Series.DateAt(index));
        var y = Series.ValueAt(index) - _shift;
        _sx -= x; _sy -= y; _sxx -= x * x; _sxy -= x * y; _syy -= y * y;
    }
}
