using AltSeason.TimeSeries.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Equities.Tests.Statistics;

public class CorrelationStatisticsTests
{
    [Fact]
    public void Pearson_of_a_hand_computed_sample()
    {
        // x = 1,2,3,4; y = 2,1,4,3: deviations (-1.5,-.5,.5,1.5) and (-.5,-1.5,1.5,.5):
        // sxy = .75+.75+.75+.75 = 3, sxx = syy = 5, r = 3/5.
        Assert.Equal(0.6, Pearson.Correlation([1, 2, 3, 4], [2, 1, 4, 3]), 12);
        Assert.True(double.IsNaN(Pearson.Correlation([1, 1, 1], [1, 2, 3])));
    }

    [Fact]
    public void Spearman_gives_ties_their_average_rank()
    {
        Assert.Equal([1.5, 1.5, 3], Ranks.Of([5, 5, 7]));
        // Any monotone increasing relation has Spearman 1 even when Pearson is below 1.
        Assert.Equal(1, Spearman.Correlation([1, 2, 3, 4], [1, 8, 27, 1000]), 12);
        Assert.Equal(-1, Spearman.Correlation([1, 2, 3], [3, 2, 1]), 12);
    }

    [Fact]
    public void Fisher_interval_of_a_hand_computed_case()
    {
        // r = 0.5, n = 28: z = atanh(.5) = 0.549306, se = 1/5, half = 0.391993; tanh(0.157313) and tanh(0.941299).
        var interval = FisherZ.Interval(0.5, 28)!.Value;
        Assert.Equal(0.156028, interval.Lower, 5);
        Assert.Equal(0.735818, interval.Upper, 5);
        Assert.Null(FisherZ.Interval(0.5, 3));
    }

    [Fact]
    public void Correlation_stays_within_minus_one_and_one_and_is_symmetric()
    {
        var samples = Gen.Choose(3, 40).SelectMany(n =>
            Gen.Choose(-1000, 1000).Select(v => v / 10.0).ArrayOf(2 * n).Select(a => (a[..n], a[n..])));
        Prop.ForAll(samples.ToArbitrary(), pair =>
        {
            var (x, y) = pair;
            var r = Pearson.Correlation(x, y);
            var s = Spearman.Correlation(x, y);
            return (double.IsNaN(r) || (r >= -1 && r <= 1 && r == Pearson.Correlation(y, x)))
                && (double.IsNaN(s) || (s >= -1 && s <= 1 && s == Spearman.Correlation(y, x)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Rolling_correlation_matches_the_batch_formula_on_every_window()
    {
        var x = Support.Series.RandomWalk(400, 1).Select(v => Math.Log(v)).ToArray();
        var y = Support.Series.RandomWalk(400, 2).Select(v => Math.Log(v)).ToArray();
        var rolling = new RollingCorrelation(30);
        for (var i = 0; i < x.Length; i++)
        {
            rolling.Add(x[i], y[i]);
            if (i < 29) continue;
            // Log levels, not returns: single-pass sums keep about ten digits here, so compare to 7.
            Assert.Equal(Pearson.Correlation(x.AsSpan(i - 29, 30), y.AsSpan(i - 29, 30)), rolling.Correlation, 7);
        }
    }

    [Fact]
    public void Rolling_extremum_matches_a_naive_scan()
    {
        Prop.ForAll(Gen.Choose(0, 20).ArrayOf().ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (values, window) =>
        {
            var max = RollingExtremum.Maximum(window);
            var min = RollingExtremum.Minimum(window);
            for (var i = 0; i < values.Length; i++)
            {
                max.Add(values[i]);
                min.Add(values[i]);
                var seen = values.Skip(Math.Max(0, i - window + 1)).Take(Math.Min(window, i + 1)).ToArray();
                if (max.Value != seen.Max() || min.Value != seen.Min()) return false;
                if (values[(int)max.Position] != seen.Max() || max.Position <= i - window) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Rolling_least_squares_recovers_an_exact_line()
    {
        var fit = new RollingLeastSquares(2, 10);
        for (var i = 0; i < 25; i++) fit.Add([1, i], 3 + 2 * i);
        Assert.Equal(0, fit.ResidualSumOfSquares(2)!.Value, 6);
        // Intercept only: RSS is the spread of y = 3 + 2i over the last ten i (15..24): 4 * 82.5 = 330.
        Assert.Equal(330, fit.ResidualSumOfSquares(1)!.Value, 6);
    }

    [Fact]
    public void Sliding_window_sum_depends_only_on_the_window_it_covers()
    {
        Prop.ForAll(Gen.Choose(-50, 50).Select(v => v / 7.0).ArrayOf().ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (values, window) =>
        {
            var sums = new SlidingWindowSum(1, window);
            var total = new double[1];
            for (var i = 0; i < values.Length; i++)
            {
                sums.Add([values[i]]);
                sums.Sum(total);
                var expected = values.Skip(Math.Max(0, i - window + 1)).Take(Math.Min(window, i + 1)).Sum();
                if (Math.Abs(total[0] - expected) > 1e-9) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
