using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Sum of the observations in the window.</summary>
internal sealed class RollingSum(DailySeries series, int days) : SlidingWindow(series, days)
{
    readonly TwoStackAggregate<double> _sum = new((a, b) => a + b, 0);

    public double Sum => _sum.Aggregate;

    protected override void Enter(int index) => _sum.Push(Series.ValueAt(index));

    protected override void Leave(int index) => _sum.PopOldest();
}
