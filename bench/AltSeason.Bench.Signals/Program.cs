using AltSeason.Bench.Reporting;
using AltSeason.Bench.Signals;
using AltSeason.Derivatives.Signals;
using AltSeason.Equities.Signals;
using AltSeason.OnChain.Signals;
using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;

// Full-history evaluation of every family and of the composite score model at 1x, 10x and 100x the reference size
// (--quick: 1x and 10x). Cost per observation should stay flat (one pass, no per-date window recomputation). The
// baseline is a raw single pass over the same series (log returns; for the score, plain means), measured in the same
// run; the ratio is signal cost / baseline cost.
//   dotnet run -c Release --project bench/AltSeason.Bench.Signals [-- --quick] [--json <file>]
var output = BenchOutput.FromArgs("signals", "Full-history evaluation of every signal family and the score model on synthetic data", args);
var scales = output.Quick ? new[] { 1, 10 } : [1, 10, 100];
var costs = new FamilyCosts(output);
// Each family in its own method: its inputs are garbage once measured, so the next family's runs do not collect
// around them (locals captured by lambdas in one scope would all share one closure and stay alive together).
foreach (var scale in scales)
{
    MeasureEquities(costs, scale);
    MeasureDerivatives(costs, scale);
    MeasureOnChain(costs, scale);
    MeasureScoreModel(costs, scale);
}
if (output.Quick) output.Note("quick mode: 1x and 10x only, so the growth shown is 1x → 10x, not the goal's 10x → 100x");
costs.ReportGrowth(scales[^2], scales[^1]);
await output.WriteAsync();

static void MeasureEquities(FamilyCosts costs, int scale)
{
    var equities = SyntheticMarket.Equities(SyntheticMarket.ReferenceSessions * scale, seed: scale);
    costs.Measure("equities", scale, equities.Russell2000Close.Count * 3,
        () => EquitiesEvaluator.Evaluate(equities, new(), DateOnly.MinValue, DateOnly.MaxValue).Count,
        () => Baseline([equities.Russell2000Close, equities.Sp500Close, equities.CryptoTotalMarketCap!]));
}

// Derivatives at 1x = the reference span (480 days of 50 coins), four series per symbol.
static void MeasureDerivatives(FamilyCosts costs, int scale)
{
    var derivatives = SyntheticMarket.Derivatives(SyntheticMarket.ReferenceDays * scale, seed: scale);
    var derivativeSeries = derivatives.LongShort.Select(s => s.Ratio).Concat(derivatives.FundingRate8h.Values)
        .Concat(derivatives.OpenInterestUsd.Values).Concat(derivatives.MarketCapUsd.Values).ToArray();
    costs.Measure("derivatives", scale, derivativeSeries.Sum(s => s.Count),
        () => DerivativesEvaluator.Evaluate(derivatives, new(), DateOnly.MinValue, DateOnly.MaxValue).Count,
        () => Baseline(derivativeSeries));
}

static void MeasureOnChain(FamilyCosts costs, int scale)
{
    var onChain = SyntheticCrypto.OnChain(SyntheticMarket.ReferenceDays * scale, seed: scale);
    costs.Measure("onchain", scale, SyntheticCrypto.Observations(onChain),
        () => OnChainEvaluator.Evaluate(onChain, OnChainParameters.Default, DateOnly.MinValue, DateOnly.MaxValue).Count,
        () => Baseline(SyntheticCrypto.Series(onChain)));
}

// The score model at 1x scores every reference session once, all sixteen inputs present.
static void MeasureScoreModel(FamilyCosts costs, int scale)
{
    var scoreInputs = SyntheticScores.Inputs(SyntheticMarket.ReferenceSessions * scale, seed: scale);
    costs.Measure("score model v1", scale, scoreInputs.Count * SyntheticScores.InputsPerDate,
        () => SyntheticScores.EvaluateAll(scoreInputs), () => SyntheticScores.WeightedMeans(scoreInputs));
}

static double Baseline(IEnumerable<DailySeries> series)
{
    var sum = 0.0;
    foreach (var s in series)
        for (var i = 1; i < s.Count; i++) sum += LogReturns.Between(s.ValueAt(i - 1), s.ValueAt(i));
    return sum;
}
