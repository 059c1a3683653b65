using AltSeason.Equities.Signals;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.Equities.Tests.Support;
using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Tests.Signals;

public class CorrelationTests
{
    static readonly EquitiesParameters P = Synthetic.SmallWindows;

    [Fact]
    public void Crypto_returns_span_the_same_dates_as_equity_returns_so_weekends_are_included()
    {
        var inputs = Synthetic.Inputs(11);
        var rut = inputs.Russell2000Close;
        var crypto = inputs.CryptoTotalMarketCap!;
        var last = Assert.Single(EquitiesEvaluator.Evaluate(inputs, P, rut.Dates[^1], rut.Dates[^1]));

        // Independently: aligned sessions, then returns between consecutive ones, last 30 pairs.
        var aligned = rut.Dates.Where(d => crypto.IndexOf(d) >= 0).ToArray();
        var x = LogReturns.Of([.. aligned.Select(d => rut.Values[rut.IndexOf(d)])]);
        var y = LogReturns.Of([.. aligned.Select(d => crypto.Values[crypto.IndexOf(d)])]);
        var expected = Pearson.Correlation(x.AsSpan(x.Length - 30), y.AsSpan(y.Length - 30));
        Assert.Equal(expected, last.Correlation!.Value.Windows.ToArray().Single(w => w.Window == 30).Returns!.Value.Correlation, 9);

        // Weekend crypto values do not matter at all.
        var weekdaysOnly = inputs with { CryptoTotalMarketCap = new DailySeries(crypto.Dates.Zip(crypto.Values).Where(p => p.First.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))) };
        var again = Assert.Single(EquitiesEvaluator.Evaluate(weekdaysOnly, P, rut.Dates[^1], rut.Dates[^1]));
        Assert.Equal(last.ToSignalValues(), again.ToSignalValues());
    }

    [Fact]
    public void Cross_correlation_finds_a_two_session_lead()
    {
        var tracker = new CrossCorrelationTracker(3, 20);
        var x = LogReturns.Of(Series.RandomWalk(80, 3));
        var lags = new LagCorrelation[tracker.LagCount];
        for (var t = 0; t < x.Length; t++) tracker.Step(x[t], t >= 2 ? x[t - 2] : 0, lags); // crypto follows RUT by 2
        Assert.Equal(1, lags.Single(l => l.Lag == 2).Correlation!.Value, 9);
        Assert.Equal(18, lags.Single(l => l.Lag == 2).Pairs);
        Assert.True(Math.Abs(lags.Single(l => l.Lag == -2).Correlation!.Value) < 0.8);
    }

    [Fact]
    public void Granger_F_matches_an_independent_least_squares_fit_and_detects_a_lead()
    {
        var random = new Random(5);
        var x = Enumerable.Range(0, 200).Select(_ => random.NextDouble() - 0.5).ToArray();
        var y = new double[x.Length];
        for (var t = 1; t < y.Length; t++) y[t] = 0.2 * y[t - 1] + 0.7 * x[t - 1] + 0.3 * (random.NextDouble() - 0.5);

        var tracker = new GrangerTracker(1, 50);
        GrangerResult? result = null;
        for (var t = 0; t < x.Length; t++) result = tracker.Step(x[t], y[t]);

        // Same 50 rows, fitted by Gram–Schmidt projection instead of normal equations.
        var rows = Enumerable.Range(x.Length - 50, 50).ToArray();
        double[] target = [.. rows.Select(t => y[t])];
        double[][] restricted = [[.. rows.Select(_ => 1.0)], [.. rows.Select(t => y[t - 1])]];
        double[][] full = [.. restricted, [.. rows.Select(t => x[t - 1])]];
        var (rssR, rssU) = (Residual(restricted, target), Residual(full, target));
        Assert.Equal((rssR - rssU) / 1 / (rssU / (50 - 3)), result!.Value.FStatistic, 6);
        Assert.True(result.Value.PValue < 1e-6);

        var independent = new GrangerTracker(1, 50);
        var noise = new Random(9);
        for (var t = 0; t < 200; t++) result = independent.Step(noise.NextDouble(), noise.NextDouble());
        Assert.True(result!.Value.PValue > 0.01, $"independent series gave p = {result.Value.PValue}");
    }

    static double Residual(double[][] columns, double[] target)
    {
        var basis = new List<double[]>();
        foreach (var column in columns)
        {
            var v = (double[])column.Clone();
            foreach (var q in basis)
            {
                var dot = v.Zip(q).Sum(p => p.First * p.Second);
                for (var i = 0; i < v.Length; i++) v[i] -= dot * q[i];
            }
            var norm = Math.Sqrt(v.Sum(a => a * a));
            basis.Add([.. v.Select(a => a / norm)]);
        }
        var r = (double[])target.Clone();
        foreach (var q in basis)
        {
            var dot = r.Zip(q).Sum(p => p.First * p.Second);
            for (var i = 0; i < r.Length; i++) r[i] -= dot * q[i];
        }
        return r.Sum(a => a * a);
    }
}
