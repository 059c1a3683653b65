using AltSeason.TimeSeries.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Equities.Tests.Statistics;

public class RollingLeastSquaresTests
{
    [Fact]
    public void Residuals_equal_a_fit_of_the_window_rows_summed_from_scratch()
    {
        var cases = Gen.Choose(0, 100_000).SelectMany(seed => Gen.Choose(1, 4).SelectMany(k => Gen.Choose(k + 2, 15).Select(window => (seed, k, window))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var rows = Enumerable.Range(0, 40).Select(_ => (X: Enumerable.Range(0, c.k).Select(_ => random.NextDouble() - 0.5).ToArray(), Y: random.NextDouble())).ToArray();
            var fit = new RollingLeastSquares(c.k, c.window);
            for (var t = 0; t < rows.Length; t++)
            {
                fit.Add(rows[t].X, rows[t].Y);
                var window = rows[Math.Max(0, t - c.window + 1)..(t + 1)];
                for (var columns = 1; columns <= c.k && columns < window.Length; columns++)
                {
                    var expected = Naive(window, columns);
                    if (fit.ResidualSumOfSquares(columns) is not { } actual || Math.Abs(expected - actual) > 1e-9 * Math.Max(1, expected)) return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    /// <summary>Full normal equations summed row by row, solved by Gaussian elimination with pivoting.</summary>
    static double Naive((double[] X, double Y)[] rows, int columns)
    {
        var a = new double[columns, columns + 1];
        foreach (var (x, y) in rows)
            for (var i = 0; i < columns; i++)
            {
                for (var j = 0; j < columns; j++) a[i, j] += x[i] * x[j];
                a[i, columns] += x[i] * y;
            }
        for (var p = 0; p < columns; p++)
        {
            var pivot = Enumerable.Range(p, columns - p).MaxBy(r => Math.Abs(a[r, p]));
            for (var j = 0; j <= columns; j++) (a[p, j], a[pivot, j]) = (a[pivot, j], a[p, j]);
            for (var r = p + 1; r < columns; r++)
            {
                var f = a[r, p] / a[p, p];
                for (var j = p; j <= columns; j++) a[r, j] -= f * a[p, j];
            }
        }
        var beta = new double[columns];
        for (var i = columns - 1; i >= 0; i--)
        {
            var sum = a[i, columns];
            for (var j = i + 1; j < columns; j++) sum -= a[i, j] * beta[j];
            beta[i] = sum / a[i, i];
        }
        return rows.Sum(r => Math.Pow(r.Y - Enumerable.Range(0, columns).Sum(i => beta[i] * r.X[i]), 2));
    }
}
