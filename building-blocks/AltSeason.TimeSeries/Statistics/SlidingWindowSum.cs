namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Element-wise sum of the last <c>window</c> vectors in amortised O(d) per vector, without subtracting.
/// A running sum that adds and subtracts keeps rounding residue of every value it ever saw, so a revised value
/// would nudge every later result; here a sum is built only from the vectors inside the window (the two-stack
/// queue: suffix sums of an older block plus a running sum of the newer one), so a change reaches exactly the
/// windows containing it, and the result is the same however the history was evaluated.
/// </summary>
public sealed class SlidingWindowSum
{
    readonly int _d;
    readonly double[] _values;
    readonly double[] _suffix;
    readonly double[] _newer;
    readonly double[] _running;
    int _oldest;
    int _olderCount;

    public SlidingWindowSum(int dimensions, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _d = dimensions;
        Window = window;
        _values = new double[window * dimensions];
        _suffix = new double[window * dimensions];
        _newer = new double[dimensions];
        _running = new double[dimensions];
    }

    public int Window { get; }
    public int Count { get; private set; }
    public bool IsFull => Count == Window;

    public void Add(ReadOnlySpan<double> vector)
    {
        if (vector.Length != _d) throw new ArgumentException($"Expected {_d} values, got {vector.Length}.", nameof(vector));
        if (IsFull)
        {
            if (_olderCount == 0) Rebuild();
            _oldest = (_oldest + 1) % Window;
            _olderCount--;
            Count--;
        }
        var slot = (_oldest + Count) % Window;
        vector.CopyTo(_values.AsSpan(slot * _d, _d));
        for (var j = 0; j < _d; j++) _newer[j] += vector[j];
        Count++;
    }

    /// <summary>Writes the sum of the vectors in the window into <paramref name="sum"/>.</summary>
    public void Sum(Span<double> sum)
    {
        for (var j = 0; j < _d; j++) sum[j] = _newer[j] + (_olderCount > 0 ? _suffix[_oldest * _d + j] : 0);
    }

    /// <summary>Turns every vector held into the older block, with suffix sums from the newest back.</summary>
    void Rebuild()
    {
        var acc = _running;
        Array.Clear(acc);
        for (var k = Count - 1; k >= 0; k--)
        {
            var slot = (_oldest + k) % Window;
            for (var j = 0; j < _d; j++)
            {
                acc[j] += _values[slot * _d + j];
                _suffix[slot * _d + j] = acc[j];
            }
        }
        _olderCount = Count;
        Array.Clear(_newer);
    }
}
