using AltSeason.OnChain.Signals;
using AltSeason.OnChain.Tests.Support;
using AltSeason.TimeSeries;
using FsCheck;
using FsCheck.Fluent;

namespace AltSeason.OnChain.Tests.Properties;

public class SignalProperties
{
    static readonly Arbitrary<(int Seed, int Days)> Markets =
        Gen.Choose(0, int.MaxValue - 1).SelectMany(seed => Gen.Choose(12, 40).Select(days => (seed, days))).ToArbitrary();

    static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(60);

    [Fact]
    public void Altcoin_season_index_is_within_0_and_100()
    {
        Prop.ForAll(Markets, m =>
        {
            var inputs = RandomMarket.Create(m.Seed, m.Days);
            var all = OnChainEvaluator.Evaluate(inputs, RandomMarket.SmallWindows, Build.Day(0), Build.Day(m.Days));
            return all.SelectMany(e => e.AltSeasonIndex).All(a =>
                a.Value is null || (a.Value >= 0 && a.Value <= 100 && a.Outperformers <= a.Eligible && a.Eligible <= a.UniverseCount));
        }).Check(Quick);
    }

    [Fact]
    public void Drawdown_is_never_positive()
    {
        var prices = Gen.Choose(1, 1_000_000).Select(v => v / 1000.0).ArrayOf().Where(a => a.Length > 0).ToArbitrary();
        Prop.ForAll(prices, p =>
        {
            var coin = Build.Coin("x", p);
            var r = DrawdownCalculator.Evaluate(coin, Build.Days(0, p.Length));
            return r.All(d => d!.Drawdown <= 0 && d.Drawdown >= -1 && d.AllTimeHigh >= d.Price);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Evaluating_a_range_equals_evaluating_each_date_alone()
    {
        Prop.ForAll(Markets, m =>
        {
            var inputs = RandomMarket.Create(m.Seed, m.Days);
            var p = RandomMarket.SmallWindows;
            var range = OnChainEvaluator.Evaluate(inputs, p, Build.Day(0), Build.Day(m.Days));
            var tail = OnChainEvaluator.Evaluate(inputs, p, Build.Day(m.Days / 2), Build.Day(m.Days));
            return range.All(e => Same(e, OnChainEvaluator.EvaluateOn(inputs, p, e.AsOf)!))
                && tail.All(e => Same(e, range.Single(r => r.AsOf == e.AsOf)));
        }).Check(Quick);
    }

    [Fact]
    public void A_change_on_one_date_moves_only_dates_inside_its_affected_range()
    {
        Prop.ForAll(Markets, m =>
        {
            var inputs = RandomMarket.Create(m.Seed, m.Days);
            var p = RandomMarket.SmallWindows;
            var changedOn = Build.Day(m.Days / 3);
            var before = OnChainEvaluator.Evaluate(inputs, p, Build.Day(0), Build.Day(m.Days));

            var flows = inputs.Netflows.Select((f, i) => i == 0 ? f with { Native = Bump(f.Native, changedOn) } : f).ToList();
            var global = inputs.Global with { TotalMarketCapUsd = Bump(inputs.Global.TotalMarketCapUsd, changedOn) };
            var coins = inputs.Coins.Select(c => c.Id == "solana" ? c with { MarketCapUsd = Bump(c.MarketCapUsd, changedOn) } : c).ToList();

            return Within(before, inputs with { Netflows = flows }, AffectedDates.For(SeriesNames.Netflow("eth"), null, changedOn, p)!, p)
                && Within(before, inputs with { Global = global }, AffectedDates.For(SeriesNames.CryptoGlobal, null, changedOn, p)!, p)
                && Within(before, inputs with { Coins = coins }, AffectedDates.For(SeriesNames.Coin("solana"), Fields.MarketCapUsd, changedOn, p)!, p);
        }).Check(Quick);
    }

    static bool Within(IReadOnlyList<OnChainEvaluation> before, OnChainInputs changed, AffectedDates affected, OnChainParameters p)
    {
        var after = OnChainEvaluator.Evaluate(changed, p, before[0].AsOf, before[^1].AsOf);
        return before.Zip(after).All(pair => affected.Contains(pair.First.AsOf) || Same(pair.First, pair.Second));
    }

    static DailySeries Bump(DailySeries series, DateOnly day) =>
        new(series.Dates.Select((d, i) => (d, d == day ? series.ValueAt(i) * 3 + 1 : series.ValueAt(i))));

    static bool Same(OnChainEvaluation a, OnChainEvaluation b) =>
        a.AsOf == b.AsOf && a.ToSignalValues().SequenceEqual(b.ToSignalValues());
}
