using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals.Correlation;

/// <summary>
/// One rolling correlation per lag k in −K..K. Each pair enters when its later member arrives:
/// for k ≥ 0 the pair (x_{t−k}, y_t), for k &lt; 0 the pair (x_t, y_{t−|k|}); lag k keeps window − |k| pairs,
/// exactly the pairs that fit inside the last <c>window</c> returns.
/// </summary>
public sealed class CrossCorrelationTracker
{
    readonly int _maxLag;
    readonly RollingCorrelation[] _byLag;
    readonly double[] _xs;
    readonly double[] _ys;
    long _seen;

    public CrossCorrelationTracker(int maxLag, int window)
    {
        _maxLag = maxLag;
        _byLag = new RollingCorrelation[2 * maxLag + 1];
        for (var k = -maxLag; k <= maxLag; k++) _byLag[k + maxLag] = new RollingCorrelation(window - Math.Abs(k));
        _xs = new double[maxLag + 1];
        _ys = new double[maxLag + 1];
    }

    /// <summary>Lags −K..K in order, so lag k sits at index k + K.</summary>
    public int LagCount => _byLag.Length;

    /// <summary>Takes the next return pair and writes every lag's correlation into <paramref name="lags"/>.</summary>
    public void Step(double x, double y, Span<LagCorrelation> lags)
    {
        if (lags.Length != _byLag.Length)
            throw new ArgumentException($"Expected room for {_byLag.Length} lags, got {lags.Length}.", nameof(lags));
        Add(x, y);
        for (var i = 0; i < _byLag.Length; i++)
        {
            var rolling = _byLag[i];
            lags[i] = new LagCorrelation(i - _maxLag, rolling.IsFull ? NullIfNaN(rolling.Correlation) : null, rolling.Count);
        }
    }

    /// <summary>Takes the next return pair without describing the lags (sessions nobody asked for).</summary>
    public void Add(double x, double y)
    {
        var slot = (int)(_seen % _xs.Length);
        _xs[slot] = x;
        _ys[slot] = y;
        for (var k = -_maxLag; k <= _maxLag; k++)
        {
            var back = Math.Abs(k);
            if (_seen < back) continue;
            var past = (int)((_seen - back) % _xs.Length);
            if (k >= 0) _byLag[k + _maxLag].Add(_xs[past], y);
            else _byLag[k + _maxLag].Add(x, _ys[past]);
        }
        _seen++;
    }

    static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
