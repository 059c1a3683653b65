namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Maximum (or minimum) of the last <c>window</c> values in amortised O(1) per value, with a monotonic deque:
/// a value that can never again be the extremum (an older, smaller one for a maximum) is dropped at once.
/// </summary>
public sealed class RollingExtremum
{
    readonly long[] _positions;
    readonly double[] _values;
    readonly int _sign;
    int _head;
    int _count;
    long _added;

    RollingExtremum(int window, int sign)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        Window = window;
        _positions = new long[window + 1];
        _values = new double[window + 1];
        _sign = sign;
    }

    public static RollingExtremum Maximum(int window) => new(window, +1);
    public static RollingExtremum Minimum(int window) => new(window, -1);

    public int Window { get; }
    public bool IsEmpty => _count == 0;

    /// <summary>Values added so far; the next one gets this position.</summary>
    public long Added => _added;

    /// <summary>The extremum of the last <see cref="Window"/> values, NaN when none were added.</summary>
    public double Value => IsEmpty ? double.NaN : _values[_head];

    /// <summary>Position (0-based, in order of <see cref="Add"/>) of the extremum; among ties, the latest.</summary>
    public long Position => IsEmpty ? -1 : _positions[_head];

    public void Add(double value)
    {
        // Drop from the back every value the new one dominates (ties too: the newer one outlives it).
        while (_count > 0 && _sign * _values[Slot(_count - 1)] <= _sign * value) _count--;
        var slot = Slot(_count);
        _positions[slot] = _added;
        _values[slot] = value;
        _count++;
        _added++;
        // Drop from the front what slid out of the window.
        while (_positions[_head] <= _added - 1 - Window)
        {
            _head = (_head + 1) % _values.Length;
            _count--;
        }
    }

    int Slot(int offset) => (_head + offset) % _values.Length;
}
