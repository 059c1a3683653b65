namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// Ordinary least squares over the last <c>window</c> rows, kept as windowed cross-products (XᵀX, Xᵀy, yᵀy)
/// so adding a row costs amortised O(k²) and a fit O(k³) for k regressors, whatever the history length.
/// Nested models share the sums: <see cref="ResidualSumOfSquares"/> fits on the first <c>columns</c> regressors.
/// </summary>
public sealed class RollingLeastSquares
{
    readonly int _k;
    readonly int _triangle; // XᵀX is symmetric: only its lower triangle (with the diagonal) is summed
    readonly SlidingWindowSum _sums;
    readonly double[] _term;
    readonly double[] _total;
    readonly double[] _normal;
    readonly double[] _solution;
    bool _totalIsCurrent;

    public RollingLeastSquares(int regressors, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(regressors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, regressors + 1);
        _k = regressors;
        _triangle = regressors * (regressors + 1) / 2;
        // One vector per row: the lower triangle of XᵀX, then Xᵀy (k) and y² (1).
        _term = new double[_triangle + regressors + 1];
        _total = new double[_term.Length];
        _sums = new SlidingWindowSum(_term.Length, window);
        _normal = new double[regressors * regressors];
        _solution = new double[regressors];
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
            for (var j = 0; j <= i; j++) _term[Lower(i, j)] = regressors[i] * regressors[j];
            _term[_triangle + i] = regressors[i] * target;
        }
        _term[^1] = target * target;
        _sums.Add(_term);
        _totalIsCurrent = false;
    }

    /// <returns>The residual sum of squares of y on the first <paramref name="columns"/> regressors,
    /// or null when those columns are collinear in the window.</returns>
    public double? ResidualSumOfSquares(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, _k);
        if (!_totalIsCurrent)
        {
            _sums.Sum(_total); // nested fits of the same window share one sum
            _totalIsCurrent = true;
        }
        var a = _normal;
        var b = _solution;
        for (var i = 0; i < columns; i++)
        {
            b[i] = _total[_triangle + i];
            for (var j = 0; j <= i; j++) a[i * columns + j] = a[j * columns + i] = _total[Lower(i, j)];
        }
        if (!Cholesky.TrySolve(a, b, columns)) return null;
        var explained = 0.0;
        for (var i = 0; i < columns; i++) explained += b[i] * _total[_triangle + i];
        // Cancellation can leave a tiny negative remainder on an exact fit.
        return Math.Max(0, _total[^1] - explained);
    }

    static int Lower(int i, int j) => i * (i + 1) / 2 + j;
}
