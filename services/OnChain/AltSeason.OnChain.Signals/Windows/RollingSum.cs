using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Sum of the observations in the window, updated by one add and one subtract per step.</summary>
internal sealed class RollingSum(DailySeries series, int days) : SlidingWindow(series, days)
{
    public double Sum { get; private set; }

    protected override void Enter(int index) => Sum += Series.ValueAt(index);

    protected override void Leave(int index) => Sum -= Series.ValueAt(index);
}
