using AltSeason.Equities.Signals;
using AltSeason.Equities.Signals.Correlation;
using AltSeason.Equities.Signals.Evaluation;
using AltSeason.Equities.Tests.Support;
using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.Equities.Tests.Evaluation;

/// <summary>The evaluator's shortcuts against the plain way of doing the same thing.</summary>
public class FastPathTests
{
    [Fact]
    public void Forward_lookup_equals_a_binary_search_for_dates_that_only_move_forward()
    {
        var cases = Gen.Choose(0, 100_000).SelectMany(seed => Gen.Choose(0, 60).Select(count => (seed, count)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var start = new DateOnly(2024, 1, 1);
            var series = new DailySeries(Enumerable.Range(0, 90).Where(_ => random.Next(3) > 0).Take(c.count)
                .Select(d => (start.AddDays(d), (double)random.Next(1, 1000))));
            var lookup = new ForwardLookup(series);
            var day = -5;
            for (var i = 0; i < 120; i++)
            {
                day += random.Next(0, 3); // repeats and gaps
                var date = start.AddDays(day);
                var found = lookup.TryGetValue(date, out var value);
                var expectedFound = series.TryGetValue(date, out var expected);
                if (found != expectedFound || (found && value != expected)) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
        Assert.False(new ForwardLookup(null).TryGetValue(new DateOnly(2024, 1, 1), out _));
    }

    [Fact]
    public void Arena_slices_never_overlap_and_keep_their_values()
    {
        Prop.ForAll(Gen.Choose(1, 5).ToArbitrary(), Gen.Choose(0, 50).ToArbitrary(), Gen.Choose(0, 12_000).ToArbitrary(), (length, expected, takes) =>
        {
            var arena = new ResultArena<int>(length, expected);
            var slices = new List<Memory<int>>();
            for (var i = 0; i < takes; i++)
            {
                var slice = arena.Take();
                if (slice.Length != length) return false;
                slice.Span.Fill(i);
                slices.Add(slice);
            }
            return slices.Select((s, i) => s.Span.ToArray().All(v => v == i)).All(ok => ok);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    [Fact]
    public void Cross_correlation_equals_pearson_of_the_lagged_pairs()
    {
        var x = LogReturns.Of(Series.RandomWalk(120, 4));
        var y = LogReturns.Of(Series.RandomWalk(120, 5, volatility: 0.02));
        const int maxLag = 3, window = 12;
        var tracker = new CrossCorrelationTracker(maxLag, window);
        var lags = new LagCorrelation[tracker.LagCount];
        for (var t = 0; t < x.Length; t++)
        {
            tracker.Step(x[t], y[t], lags);
            for (var k = -maxLag; k <= maxLag; k++)
            {
                // Pairs (x_s, y_{s+k}) with both members inside the last `window` returns.
                var first = Math.Max(0, t - window + 1);
                var pairs = Enumerable.Range(first, t - first + 1).Where(s => s + k >= first && s + k <= t).ToArray();
                var lag = lags[k + maxLag];
                Assert.Equal(k, lag.Lag);
                Assert.Equal(pairs.Length, lag.Pairs);
                if (pairs.Length < window - Math.Abs(k)) { Assert.Null(lag.Correlation); continue; }
                var expected = Pearson.Correlation([.. pairs.Select(s => x[s])], [.. pairs.Select(s => y[s + k])]);
                Assert.Equal(expected, lag.Correlation!.Value, 9);
            }
        }
    }

    [Fact]
    public void Sessions_only_added_give_the_same_later_results_as_sessions_described()
    {
        var parameters = Synthetic.SmallWindows.Correlation;
        Prop.ForAll(Gen.Choose(0, 10_000).ToArbitrary(), Gen.Choose(0, 120).ToArbitrary(), (seed, warmUp) =>
        {
            var equity = Series.RandomWalk(160, seed);
            var crypto = Series.RandomWalk(160, seed + 1, start: 1e12, volatility: 0.03);
            var described = new EquityCryptoCorrelationTracker(parameters);
            var added = new EquityCryptoCorrelationTracker(parameters);
            for (var t = 0; t < equity.Length; t++)
            {
                var expected = described.Step(equity[t], crypto[t]);
                if (t < warmUp)
                {
                    added.Add(equity[t], crypto[t]);
                    continue;
                }
                var actual = added.Step(equity[t], crypto[t]);
                if (!SameCorrelation(expected, actual)) return false;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    static bool SameCorrelation(EquityCryptoCorrelationResult? a, EquityCryptoCorrelationResult? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.Value.AlignedReturns == b.Value.AlignedReturns && a.Value.StrongestLag == b.Value.StrongestLag
              && a.Value.Granger == b.Value.Granger
              && a.Value.Windows.Span.SequenceEqual(b.Value.Windows.Span) && a.Value.Lags.Span.SequenceEqual(b.Value.Lags.Span);
}
