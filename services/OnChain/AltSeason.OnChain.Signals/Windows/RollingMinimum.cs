using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// Minimum of the window with a monotonic deque: indices whose values ascend from front to back, so the front is
/// the minimum and each observation is pushed and popped at most once.
/// </summary>
internal sealed class RollingMinimum(DailySeries series, int days) : SlidingWindow(series, days)
{
    readonly LinkedList<int> _ascending = new();

    public double Minimum => _ascending.First is { } first ? Series.ValueAt(first.Value) : double.NaN;

    protected override void Enter(int index)
    {
        var value = Series.ValueAt(index);
        while (_ascending.Last is { } last && Series.ValueAt(last.Value) >= value) _ascending.RemoveLast();
        _ascending.AddLast(index);
    }

    protected override void Leave(int index)
    {
        if (_ascending.First is { } first && first.Value == index) _ascending.RemoveFirst();
    }
}
