using AltSeason.TimeSeries.Statistics;
using MathNet.Numerics.Distributions;

namespace AltSeason.Equities.Signals.Correlation;

/// <summary>
/// Rolling Granger F-test. Each aligned session adds one regression row
/// y_t ~ 1, y_{t−1..t−p}, x_{t−1..t−p} (y crypto, x RUT returns); the restricted model uses the first p+1 columns.
/// </summary>
public sealed class GrangerTracker(int lags, int window)
{
    readonly RollingLeastSquares _fit = new(2 * lags + 1, window);
    readonly double[] _row = new double[2 * lags + 1];
    readonly Queue<(double X, double Y)> _history = new();

    public GrangerResult? Step(double x, double y)
    {
        Add(x, y);
        return _fit.IsFull ? Test() : null;
    }

    /// <summary>Takes the next pair without testing (sessions nobody asked for): the fit is the costly part.</summary>
    public void Add(double x, double y)
    {
        if (_history.Count == lags)
        {
            _row[0] = 1;
            var i = lags; // history is oldest-first; lag 1 is the newest
            foreach (var (hx, hy) in _history)
            {
                _row[i] = hy;
                _row[lags + i] = hx;
                i--;
            }
            _fit.Add(_row, y);
            _history.Dequeue();
        }
        _history.Enqueue((x, y));
    }

    GrangerResult? Test()
    {
        var restricted = _fit.ResidualSumOfSquares(lags + 1);
        var unrestricted = _fit.ResidualSumOfSquares(2 * lags + 1);
        var freedom = window - (2 * lags + 1);
        if (restricted is not { } r || unrestricted is not { } u || u <= 0) return null;
        var f = Math.Max(0, (r - u) / lags / (u / freedom));
        return new GrangerResult(lags, window, f, 1 - FisherSnedecor.CDF(lags, freedom, f));
    }
}
