namespace AltSeason.TimeSeries.Statistics;

/// <summary>Solves A x = b for a symmetric positive-definite A (normal equations) in place.</summary>
public static class Cholesky
{
    /// <param name="a">Row-major n×n matrix; overwritten by its Cholesky factor.</param>
    /// <param name="b">Right-hand side; overwritten by the solution.</param>
    /// <returns>False when A is not (numerically) positive definite, e.g. collinear regressors.</returns>
    public static bool TrySolve(double[] a, double[] b, int n)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var scale = 0.0;
        for (var i = 0; i < n; i++) scale = Math.Max(scale, Math.Abs(a[i * n + i]));
        var floor = scale * 1e-13;

        for (var j = 0; j < n; j++)
        {
            var diagonal = a[j * n + j];
            for (var k = 0; k < j; k++) diagonal -= a[j * n + k] * a[j * n + k];
            if (!(diagonal > floor)) return false;
            var l = Math.Sqrt(diagonal);
            a[j * n + j] = l;
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[i * n + j];
                for (var k = 0; k < j; k++) sum -= a[i * n + k] * a[j * n + k];
                a[i * n + j] = sum / l;
            }
        }
        for (var i = 0; i < n; i++) // forward: L z = b
        {
            var sum = b[i];
            for (var k = 0; k < i; k++) sum -= a[i * n + k] * b[k];
            b[i] = sum / a[i * n + i];
        }
        for (var i = n - 1; i >= 0; i--) // backward: Lᵀ x = z
        {
            var sum = b[i];
            for (var k = i + 1; k < n; k++) sum -= a[k * n + i] * b[k];
            b[i] = sum / a[i * n + i];
        }
        return true;
    }
}
