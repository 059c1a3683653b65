using System.Diagnostics;
using AltSeason.Bench.Signals;
using AltSeason.Derivatives.Signals;
using AltSeason.Equities.Signals;
using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;

// Full-history evaluation at 1x, 10x and 100x the reference size. Cost per observation should stay flat
// (one pass, no per-date window recomputation). The baseline is a raw single pass computing only log returns
// over the same series, measured in the same run; the ratio is signal cost / baseline cost.
Console.WriteLine("family       scale  observations  ns/obs(signals)  ns/obs(baseline)  ratio");
foreach (var scale in new[] { 1, 10, 100 })
{
    var equities = SyntheticMarket.Equities(SyntheticMarket.ReferenceSessions * scale, seed: scale);
    var equityObservations = equities.Russell2000Close.Count * 3;
    var signals = Time(() => EquitiesEvaluator.Evaluate(equities, new(), DateOnly.MinValue, DateOnly.MaxValue).Count);
    var baseline = Time(() => Baseline([equities.Russell2000Close, equities.Sp500Close, equities.CryptoTotalMarketCap!]));
    Report("equities", scale, equityObservations, signals, baseline);

    // Derivatives at 1x = the reference span (480 days of 50 coins), four series per symbol.
    var derivatives = SyntheticMarket.Derivatives(SyntheticMarket.ReferenceDays * scale, seed: scale);
    var derivativeSeries = derivatives.LongShort.Select(s => s.Ratio).Concat(derivatives.FundingRate8h.Values)
        .Concat(derivatives.OpenInterestUsd.Values).Concat(derivatives.MarketCapUsd.Values).ToArray();
    var derivativeObservations = derivativeSeries.Sum(s => s.Count);
    signals = Time(() => DerivativesEvaluator.Evaluate(derivatives, new(), DateOnly.MinValue, DateOnly.MaxValue).Count);
    baseline = Time(() => Baseline(derivativeSeries));
    Report("derivatives", scale, derivativeObservations, signals, baseline);
}

static double Baseline(IEnumerable<DailySeries> series)
{
    var sum = 0.0;
    foreach (var s in series)
        for (var i = 1; i < s.Count; i++) sum += LogReturns.Between(s.ValueAt(i - 1), s.ValueAt(i));
    return sum;
}

// Best of five after a warm-up run, in milliseconds.
static double Time<T>(Func<T> run)
{
    GC.KeepAlive(run());
    var best = double.MaxValue;
    for (var i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(run());
        best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
    }
    return best;
}

static void Report(string family, int scale, int observations, double signalsMs, double baselineMs) =>
    Console.WriteLine($"{family,-12} {scale,4}x  {observations,12:N0}  {signalsMs * 1e6 / observations,15:F1}  {baselineMs * 1e6 / observations,16:F1}  {signalsMs / baselineMs,6:F0}x");
