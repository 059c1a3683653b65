namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Ordinary least squares over the last <c>window</c> rows, kept as running cross-products (XᵀX, Xᵀy, yᵀy)
/// so adding a row costs O(k²) and a fit O(k³) for k regressors, whatever the history length.
/// Nested models share the sums: <see cref="ResidualSumOfSquares"/> fits on the first <c>columns</c> regressors.
/// </summary>
public sealed class RollingLeastSquares
{
    readonly int _k;
    readonly double[] _rows;
    readonly double[] _targets;
    readonly double[] _xtx;
    readonly double[] _xty;
    double _yty;
    int _next;

    public RollingLeastSquares(int regressors, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(regressors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, regressors + 1);
        _k = regressors;
        Window = window;
        _rows = new double[window * regressors];
        _targets = new double[window];
        _xtx = new double[regressors * regressors];
        _xty = new double[regressors];
    }

    public int Window { get; }
    public int Count { get; private set; }
    public bool IsFull => Count == Window;

    public void Add(ReadOnlySpan<double> regressors, double target)
    {
        if (regressors.Length != _k)
            throw new ArgumentException($"Expected {_k} regressors, got {regressors.Length}.", nameof(regressors));
        var row = _rows.AsSpan(_next * _k, _k);
        if (IsFull) Accumulate(row, _targets[_next], -1);
        else Count++;
        regressors.CopyTo(row);
        _targets[_next] = target;
        Accumulate(row, target, +1);
        _next = (_next + 1) % Window;
    }

    void Accumulate(ReadOnlySpan<double> row, double target, int sign)
    {
        for (var i = 0; i < _k; i++)
        {
            _xty[i] += sign * row[i] * target;
            for (var j = 0; j < _k; j++) _xtx[i * _k + j] += sign * row[i] * row[j];
        }
        _yty += sign * target * target;
    }

    /// <returns>The residual sum of squares of y on the first <paramref name="columns"/> regressors,
    /// or null when those columns are collinear in the window.</returns>
    public double? ResidualSumOfSquares(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, _k);
        var a = new double[columns * columns];
        var b = new double[columns];
        for (var i = 0; i < columns; i++)
        {
            b[i] = _xty[i];
            for (var j = 0; j < columns; j++) a[i * columns + j] = _xtx[i * _k + j];
        }
        if (!Cholesky.TrySolve(a, b, columns)) return null;
        var explained = 0.0;
        for (var i = 0; i < columns; i++) explained += b[i] * _xty[i];
        // Cancellation can leave a tiny negative remainder on an exact fit.
        return Math.Max(0, _yty - explained);
    }
}
