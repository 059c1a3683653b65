using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Mean and sample standard deviation of the window, from merged <see cref="Moments"/>.</summary>
internal sealed class RollingMoments(DailySeries series, int days) : SlidingWindow(series, days)
{
    readonly TwoStackAggregate<Moments> _moments = new(Moments.Merge, Moments.Empty);

    public double Mean => _moments.Aggregate.Mean;

    /// <summary>Sample standard deviation, or NaN when the window has fewer than two points or no spread.</summary>
    public double StandardDeviation
    {
        get
        {
            var m = _moments.Aggregate;
            return m.Count < 2 || m.SquaredDeviations <= 0 ? double.NaN : Math.Sqrt(m.SquaredDeviations / (m.Count - 1));
        }
    }

    protected override void Enter(int index) => _moments.Push(Moments.Of(Series.ValueAt(index)));

    protected override void Leave(int index) => _moments.PopOldest();
}
