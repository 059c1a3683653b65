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

    public IReadOnlyList<LagCorrelation> Step(double x, double y)
    {
        var slot = (int)(_seen % _xs.Length);
        _xs[slot] = x;
        _ys[slot] = y;
        var lags = new LagCorrelation[_byLag.Length];
        for (var k = -_maxLag; k <= _maxLag; k++)
        {
            var rolling = _byLag[k + _maxLag];
            var back = Math.Abs(k);
            if (_seen >= back)
            {
                var past = (int)((_seen - back) % _xs.Length);
                if (k >= 0) rolling.Add(_xs[past], y);
                else rolling.Add(x, _ys[past]);
            }
            lags[k + _maxLag] = new LagCorrelation(k, rolling.IsFull ? NullIfNaN(rolling.Correlation) : null, rolling.Count);
        }
        _seen++;
        return lags;
    }

    static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
