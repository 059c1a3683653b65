namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Pearson correlation over the last <c>window</c> pairs, updated in O(1) per pair from running sums,
/// so a whole history costs one pass instead of one window per date.
/// </summary>
/// <remarks>
/// Running sums lose precision when values sit far from zero (price levels). Pass a
/// <c>shiftX</c>/<c>shiftY</c> near the data (e.g. the first value) to keep the sums centred; log returns need none.
/// </remarks>
public sealed class RollingCorrelation
{
    readonly double[] _xs;
    readonly double[] _ys;
    readonly double _shiftX;
    readonly double _shiftY;
    int _next;
    double _sx, _sy, _sxx, _syy, _sxy;

    public RollingCorrelation(int window, double shiftX = 0, double shiftY = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        _xs = new double[window];
        _ys = new double[window];
        _shiftX = shiftX;
        _shiftY = shiftY;
    }

    public int Window => _xs.Length;
    public int Count { get; private set; }
    public bool IsFull => Count == Window;

    public void Add(double x, double y)
    {
        x -= _shiftX;
        y -= _shiftY;
        if (IsFull)
        {
            var (oldX, oldY) = (_xs[_next], _ys[_next]);
            _sx -= oldX; _sy -= oldY; _sxx -= oldX * oldX; _syy -= oldY * oldY; _sxy -= oldX * oldY;
        }
        else
        {
            Count++;
        }
        _xs[_next] = x;
        _ys[_next] = y;
        _next = (_next + 1) % Window;
        _sx += x; _sy += y; _sxx += x * x; _syy += y * y; _sxy += x * y;
    }

    /// <summary>The correlation of the pairs held now, or NaN when fewer than two or one side is constant.</summary>
    public double Correlation
    {
        get
        {
            if (Count < 2) return double.NaN;
            var n = (double)Count;
            var covariance = n * _sxy - _sx * _sy;
            var varianceX = n * _sxx - _sx * _sx;
            var varianceY = n * _syy - _sy * _sy;
            if (varianceX <= 0 || varianceY <= 0) return double.NaN;
            return Pearson.Clamp(covariance / Math.Sqrt(varianceX * varianceY));
        }
    }
}
