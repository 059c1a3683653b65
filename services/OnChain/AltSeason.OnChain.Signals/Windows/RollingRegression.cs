using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Least-squares line y = a + b·day through the window, from merged <see cref="PairMoments"/>.</summary>
internal sealed class RollingRegression(DailySeries series, int days) : SlidingWindow(series, days)
{
    readonly TwoStackAggregate<PairMoments> _moments = new(PairMoments.Merge, PairMoments.Empty);

    /// <summary>The fit with its line evaluated on <paramref name="day"/>, or null when fewer than three points.</summary>
    public TrendFit? FitAt(DateOnly day)
    {
        var m = _moments.Aggregate;
        if (m.Count < 3 || m.Sxx <= 0) return null;
        var slope = m.Sxy / m.Sxx;
        var residualSquares = Math.Max(0, m.Syy - slope * m.Sxy);
        return new TrendFit(slope, Math.Sqrt(residualSquares / (m.Count - 2)), m.MeanY + slope * (day.DayNumber - m.MeanX), m.Count);
    }

    protected override void Enter(int index) => _moments.Push(PairMoments.Of(Series.DateAt(index).DayNumber, Series.ValueAt(index)));

    protected override void Leave(int index) => _moments.PopOldest();
}
