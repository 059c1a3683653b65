namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Ordinary least squares over the last <c>window</c> rows, kept as windowed cross-products (XᵀX, Xᵀy, yᵀy)
/// so adding a row costs amortised O(k²) and a fit O(k³) for k regressors, whatever the history length.
/// Nested models share the sums: <see cref="ResidualSumOfSquares"/> fits on the first <c>columns</c> regressors.
/// </summary>
public sealed class RollingLeastSquares
{
    readonly int _k;
    readonly SlidingWindowSum _sums;
    readonly double[] _term;
    readonly double[] _total;

    public RollingLeastSquares(int regressors, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(regressors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, regressors + 1);
        _k = regressors;
        // One vector per row: XᵀX entries (k²), Xᵀy (k) and y² (1).
        _sums = new SlidingWindowSum(regressors * regressors + regressors + 1, window);
        _term = new double[regressors * regressors + regressors + 1];
        _total = new double[_term.Length];
    }

    public int Window => _sums.Window;
    public int Count => _sums.Count;
    public bool IsFull => _sums.IsFull;

    public void Add(ReadOnlySpan<double> regressors, double target)
    {
        if (regressors.Length != _k)
            throw new ArgumentException($"Expected {_k} regressors, got {regressors.Length}.", nameof(regressors));
        for (var i = 0; i < _k; i++)
        {
            for (var j = 0; j < _k; j++) _term[i * _k + j] = regressors[i] * regressors[j];
            _term[_k * _k + i] = regressors[i] * target;
        }
        _term[^1] = target * target;
        _sums.Add(_term);
    }

    /// <returns>The residual sum of squares of y on the first <paramref name="columns"/> regressors,
    /// or null when those columns are collinear in the window.</returns>
    public double? ResidualSumOfSquares(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, _k);
        _sums.Sum(_total);
        var a = new double[columns * columns];
        var b = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            b[i] = _total[_k * _k + i];
            for (var j = 0; j < columns; j++) a[i * columns + j] = _total[i * _k + j];
        }
        if (!Cholesky.TrySolve(a, b, columns)) return null;
        var explained = 0.0;
        for (var i = 0; i < columns; i++) explained += b[i] * _total[_k * _k + i];
        // Cancellation can leave a tiny negative remainder on an exact fit.
        return Math.Max(0, _total[^1] - explained);
    }
}
