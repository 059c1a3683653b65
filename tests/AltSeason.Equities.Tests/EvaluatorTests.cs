using AltSeason.Equities.Signals;
using AltSeason.Equities.Tests.Support;
using AltSeason.TimeSeries;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Equities.Tests;

public class EvaluatorTests
{
    static readonly EquitiesParameters P = Synthetic.SmallWindows;

    [Fact]
    public void Evaluating_a_range_equals_evaluating_each_date_alone()
    {
        var cases = Gen.Choose(0, 1000).SelectMany(seed => Gen.Choose(0, 159).SelectMany(a => Gen.Choose(a, 159).Select(b => (seed, a, b))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var inputs = Synthetic.Inputs(c.seed);
            var dates = inputs.Russell2000Close.Dates;
            var range = EquitiesEvaluator.Evaluate(inputs, P, dates[c.a], dates[c.b]);
            if (range.Count != c.b - c.a + 1) return false;
            // Single-date evaluations of a few sessions in the range, flattened (records hold lists).
            return new[] { c.a, (c.a + c.b) / 2, c.b }.Distinct().All(i =>
            {
                var alone = Assert.Single(EquitiesEvaluator.Evaluate(inputs, P, dates[i], dates[i]));
                return alone.ToSignalValues().SequenceEqual(range[i - c.a].ToSignalValues());
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public void A_change_never_reaches_dates_outside_its_affected_range()
    {
        foreach (var (series, seed) in new[] { (SeriesNames.CryptoGlobal, 1), (SeriesNames.SP500, 2), (SeriesNames.Russell2000, 3) })
        {
            var inputs = Synthetic.Inputs(seed);
            var before = EquitiesEvaluator.Evaluate(inputs, P, DateOnly.MinValue, DateOnly.MaxValue);
            var changed = inputs.Russell2000Close.DateAt(60);
            var bumped = series switch
            {
                SeriesNames.CryptoGlobal => inputs with { CryptoTotalMarketCap = Bump(inputs.CryptoTotalMarketCap!, changed) },
                SeriesNames.SP500 => inputs with { Sp500Close = Bump(inputs.Sp500Close, changed) },
                _ => inputs with { Russell2000Close = Bump(inputs.Russell2000Close, changed) },
            };
            var after = EquitiesEvaluator.Evaluate(bumped, P, DateOnly.MinValue, DateOnly.MaxValue);
            var range = EquitiesImpact.AffectedDates(inputs, P, series, changed)!;

            var differing = before.Zip(after).Where(p => !p.First.ToSignalValues().SequenceEqual(p.Second.ToSignalValues())).Select(p => p.First.AsOf).ToArray();
            Assert.NotEmpty(differing);
            Assert.All(differing, d => Assert.True(range.Contains(d), $"{series}: {d} changed but is outside {range}"));
        }
        var bounded = EquitiesImpact.AffectedDates(Synthetic.Inputs(1), P, SeriesNames.CryptoGlobal, Synthetic.Inputs(1).Russell2000Close.DateAt(10))!;
        Assert.True(bounded.Through < Synthetic.Inputs(1).Russell2000Close.Dates[^1], "a crypto change must not reach every later date");
    }

    static DailySeries Bump(DailySeries series, DateOnly date) =>
        new(series.Dates.Zip(series.Values).Select(p => p.First == date ? (p.First, p.Second * 1.05) : p).Append((date, 1.0)).GroupBy(p => p.Item1).Select(g => g.First()));

    [Fact]
    public void Bad_values_and_parameters_get_errors_naming_what_and_where()
    {
        var date = new DateOnly(2024, 1, 3);
        var inputs = new EquitiesInputs(new DailySeries([(new DateOnly(2024, 1, 2), 10.0), (date, -1.0)]), DailySeries.Empty);
        var error = Assert.Throws<EquitiesInputException>(() => EquitiesEvaluator.Evaluate(inputs, new(), date, date));
        Assert.Equal(date, error.Date);
        Assert.Contains("equity/rut", error.Message);
        Assert.Contains("-1", error.Message);

        var badWindow = new EquitiesParameters { Breakout = new(0, 3) };
        var parameterError = Assert.Throws<EquitiesInputException>(() => EquitiesEvaluator.Evaluate(inputs with { Russell2000Close = Series.Weekdays(1, 2) }, badWindow, date, date));
        Assert.Contains("breakout.lookback_sessions", parameterError.Message);

        Assert.Throws<EquitiesInputException>(() => EquitiesEvaluator.Evaluate(inputs, new(), date, date.AddDays(-1)));
    }

    [Fact]
    public void Signal_values_are_flat_stable_and_carry_units()
    {
        var evaluations = EquitiesEvaluator.Evaluate(Synthetic.Inputs(5), P, DateOnly.MinValue, DateOnly.MaxValue);
        var names = evaluations[0].ToSignalValues().Select(v => v.Name).ToArray();
        Assert.All(evaluations, e => Assert.Equal(names, e.ToSignalValues().Select(v => v.Name)));
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(evaluations[^1].ToSignalValues(), v => Assert.False(string.IsNullOrEmpty(v.Unit)));
        Assert.Contains(names, n => n == "xcorr_lag_-3");
        Assert.Contains(names, n => n == "corr_levels_30_descriptive");
        Assert.NotNull(evaluations[^1].ToSignalValues().Single(v => v.Name == "market_cap_added").Value is null ? null : "ok");
        Assert.Equal(P, evaluations[^1].Parameters);
        Assert.Contains(P.Describe(), p => p.Key == "breakout.lookback_sessions" && p.Value == "20");
    }
}
