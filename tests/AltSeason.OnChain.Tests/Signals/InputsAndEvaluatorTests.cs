using AltSeason.OnChain.Signals;
using AltSeason.TimeSeries;
using static AltSeason.OnChain.Tests.Support.Build;

namespace AltSeason.OnChain.Tests.Signals;

public class InputsAndEvaluatorTests
{
    static SeriesBatch Batch(string series, params (int Day, string Field, double Value)[] rows) =>
        new(series, "test", rows.Select(r => Observation.Daily(Day(r.Day), r.Field, r.Value)).ToList());

    [Fact]
    public void Batches_become_inputs_later_batches_revise_and_other_kinds_are_ignored()
    {
        var inputs = OnChainInputs.FromBatches(
        [
            Batch(SeriesNames.CryptoGlobal, (0, Fields.TotalMarketCapUsd, 1000), (0, Fields.BtcDominancePercent, 55)),
            Batch(SeriesNames.Coin("bitcoin"), (0, Fields.Price, 100), (0, Fields.MarketCapUsd, 600)),
            Batch(SeriesNames.Coin("bitcoin"), (0, Fields.Price, 101)),
            Batch(SeriesNames.Netflow("eth"), (0, Fields.Inflow, 5), (0, Fields.Outflow, 8)),
            Batch(SeriesNames.Russell2000, (0, Fields.Close, 2500)),
        ]);

        Assert.Equal(101, inputs.Coin("bitcoin")!.PriceUsd.ValueAt(0));
        Assert.Equal(-3, inputs.Netflows.Single().Native.ValueAt(0));
        var e = OnChainEvaluator.EvaluateOn(inputs, OnChainParameters.Default, Day(0))!;
        Assert.Equal(55, e.BtcDominance!.Percent);
        Assert.Equal(-3, e.Netflows.Single().Native);
    }

    [Fact]
    public void Bad_values_are_typed_errors_naming_series_field_and_date()
    {
        var nan = Assert.Throws<OnChainInputException>(() => OnChainInputs.FromBatches(
            [Batch(SeriesNames.Coin("sol"), (0, Fields.Price, 10), (1, Fields.Price, double.NaN))]));
        Assert.Equal("coin/sol", nan.Series);
        Assert.Equal(Fields.Price, nan.Field);
        Assert.Equal(Day(1), nan.Date);
        Assert.Contains("2025-01-02", nan.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<OnChainInputException>(() => OnChainInputs.FromBatches(
            [Batch(SeriesNames.CryptoGlobal, (3, Fields.TotalMarketCapUsd, -1))]));
        Assert.Equal(Fields.TotalMarketCapUsd, negative.Field);

        Assert.Throws<OnChainInputException>(() => OnChainInputs.FromBatches([Batch("coin/", (0, Fields.Price, 1))]));
        var twice = Inputs(coins: [Coin("a", [1]), Coin("A", [2])]);
        Assert.Throws<OnChainInputException>(() => OnChainEvaluator.Evaluate(twice, OnChainParameters.Default, Day(0), Day(1)));
    }

    [Fact]
    public void Bad_parameters_are_typed_errors_naming_the_parameter()
    {
        var inputs = Inputs(coins: [Coin("a", [1])]);
        var reversed = Assert.Throws<OnChainParameterException>(() => OnChainEvaluator.Evaluate(inputs, OnChainParameters.Default, Day(2), Day(1)));
        Assert.Equal("from", reversed.Parameter);

        var zero = OnChainParameters.Default with { AltSeasonIndex = new AltSeasonIndexParameters(UniverseSize: 0) };
        Assert.Contains("UniverseSize", Assert.Throws<OnChainParameterException>(() => zero.Validate()).Parameter, StringComparison.Ordinal);
        var rules = OnChainParameters.Default with { AltSeasonIndex = new AltSeasonIndexParameters(UniverseRulesVersion: "v7") };
        Assert.Throws<OnChainParameterException>(() => rules.Validate());
        var coverage = OnChainParameters.Default with { WindowCoverage = 0 };
        Assert.Equal("WindowCoverage", Assert.Throws<OnChainParameterException>(() => coverage.Validate()).Parameter);
        var history = OnChainParameters.Default with { Netflow = new NetflowParameters(ZScoreHistoryDays: 1) };
        Assert.Throws<OnChainParameterException>(() => history.Validate());
    }

    [Fact]
    public void Evaluations_exist_only_for_dates_with_data_and_carry_parameters_and_version()
    {
        var inputs = Inputs(coins: [Coin("a", [1, 2], firstDay: 3)]);
        var all = OnChainEvaluator.Evaluate(inputs, OnChainParameters.Default, Day(0), Day(10));
        Assert.Equal([Day(3), Day(4)], all.Select(e => e.AsOf));
        Assert.Same(OnChainParameters.Default, all[0].Parameters);
        Assert.Equal(OnChainEvaluator.CodeVersion, all[0].CodeVersion);
        Assert.Null(OnChainEvaluator.EvaluateOn(inputs, OnChainParameters.Default, Day(5)));
    }

    [Fact]
    public void Signal_values_are_flat_named_and_carry_units()
    {
        var inputs = Inputs(Global(total: Series(0, 1000), dominance: Series(0, 57.5)), [Coin("bitcoin", [1], [575])]);
        var values = OnChainEvaluator.EvaluateOn(inputs, OnChainParameters.Default, Day(0))!.ToSignalValues();

        var dominance = values.Single(v => v.Name == OnChainSignalNames.BtcDominance);
        Assert.Equal(57.5, dominance.Value);
        Assert.Equal(SignalUnits.Percent, dominance.Unit);
        Assert.Contains("test-provider", dominance.Text, StringComparison.Ordinal);
        Assert.Contains(values, v => v.Name == "onchain.asi.90d" && v.Value is null && v.Unit == SignalUnits.Index);
        Assert.Contains(values, v => v.Name == "onchain.asi.30d");
        Assert.Contains(values, v => v.Name == "onchain.asi.365d");
        Assert.Contains(values, v => v.Name == "onchain.btc_dominance.change_30d" && v.Unit == SignalUnits.PercentagePoints);
        Assert.All(values, v => Assert.StartsWith(OnChainSignalNames.Prefix, v.Name, StringComparison.Ordinal));
        Assert.Equal(values.Count, values.Select(v => v.Name).Distinct().Count());
    }

    [Fact]
    public void Affected_dates_follow_each_input_window()
    {
        var p = OnChainParameters.Default;
        var d = Day(100);
        Assert.Equal(new AffectedDates(d, d.AddDays(90)), AffectedDates.For(SeriesNames.Netflow("eth"), null, d, p));
        Assert.Equal(new AffectedDates(d, null), AffectedDates.For(SeriesNames.Coin("sol"), Fields.Price, d, p));
        Assert.Equal(new AffectedDates(d, d.AddDays(365)), AffectedDates.For(SeriesNames.Coin("sol"), Fields.MarketCapUsd, d, p));
        Assert.Equal(new AffectedDates(d, d.AddDays(365)), AffectedDates.For(SeriesNames.CryptoGlobal, null, d, p));
        Assert.Null(AffectedDates.For(SeriesNames.Russell2000, null, d, p));
        Assert.True(new AffectedDates(d, null).Contains(d.AddDays(5000)));
        Assert.False(new AffectedDates(d, d).Contains(d.AddDays(-1)));
    }
}
