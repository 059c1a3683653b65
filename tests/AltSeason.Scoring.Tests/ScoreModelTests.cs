using AltSeason.Scoring.Model;
using AltSeason.TimeSeries;

namespace AltSeason.Scoring.Tests;

public class ScoreModelTests
{
    static readonly ScoreModel V1 = ScoreModels.Get("v1");

    [Fact]
    public void All_components_present_gives_the_weighted_mean_of_sub_scores()
    {
        // Hand-mapped sub-scores: equities: ATH yes 100, streak 5 → 50, rs +0.05 → 100, breakout no 0, corr 0.3 → 50 = 60;
        // breadth: ASI 50 → (50-25)/50 = 50; dominance: -1.5pp → 75, OTHERS.D 10 → 50, distance 15 → 50, ETH/BTC yes 100 = 68.75;
        // derivatives: 0.6 → 50, 0.2 → 50, 0.0001 → 50 = 50; flows: z -1 → 75, stablecoins 1.5% → 50 = 62.5; drawdown 35 → 50.
        var inputs = new ScoreInputs(
            new EquitiesRiskOnInputs(true, 5, 0.05, false, 0.3),
            new AltcoinBreadthInputs(50),
            new DominanceInputs(-1.5, 10, 15, true),
            new DerivativesInputs(0.6, 0.2, 0.0001),
            new OnChainFlowInputs(-1, 1.5),
            new DrawdownResetInputs(35));
        var r = V1.Evaluate(inputs);

        Assert.Equal([60, 50, 68.75, 50, 62.5, 50], r.Components.Select(c => Math.Round(c.SubScore!.Value, 9)));
        var expected = (25 * 60 + 20 * 50 + 15 * 68.75 + 15 * 50 + 15 * 62.5 + 10 * 50) / 100.0;
        Assert.Equal(expected, r.Score!.Value, 9);
        Assert.Equal(Regime.Building, r.Regime);
        Assert.Empty(r.Missing);
        Assert.Equal([25, 20, 15, 15, 15, 10], r.Components.Select(c => c.AppliedWeight));
        Assert.Equal("v1", r.ModelVersion);
    }

    [Fact]
    public void A_missing_components_weight_is_shared_in_proportion()
    {
        // Only breadth (20) and drawdown (10) present: applied 66.67% and 33.33%.
        var r = V1.Evaluate(new ScoreInputs(AltcoinBreadth: new(75), DrawdownReset: new(10)));
        Assert.Equal(100.0 * 2 / 3, r.Score!.Value, 9);
        Assert.Equal(["equities_risk_on", "dominance_others", "derivatives_positioning", "onchain_flows"], r.Missing);
        var breadth = r.Components.Single(c => c.Key == "altcoin_breadth");
        Assert.Equal(20, breadth.ConfiguredWeight);
        Assert.Equal(200.0 / 3, breadth.AppliedWeight, 9);
        Assert.Equal(100, r.Components.Where(c => c.Present).Sum(c => c.AppliedWeight), 9);
        Assert.All(r.Components.Where(c => !c.Present), c => Assert.Equal(0, c.AppliedWeight));
        Assert.Contains("Missing", r.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_missing_inside_a_component_leave_the_others_to_decide_it()
    {
        var r = V1.Evaluate(new ScoreInputs(Dominance: new DominanceInputs(BtcDominanceChangePoints: 0)));
        var dominance = r.Components.Single(c => c.Key == "dominance_others");
        Assert.Equal(50, dominance.SubScore!.Value, 12);
        Assert.Equal(50, r.Score!.Value, 12);
        Assert.Contains("no data", dominance.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_data_at_all_gives_no_score_and_no_regime()
    {
        var r = V1.Evaluate(new ScoreInputs());
        Assert.Null(r.Score);
        Assert.Equal(Regime.Undetermined, r.Regime);
        Assert.Equal(6, r.Missing.Count);
    }

    [Theory]
    [InlineData(100, Regime.AltcoinSeason)]
    [InlineData(75, Regime.AltcoinSeason)]
    [InlineData(74.999, Regime.Building)]
    [InlineData(50, Regime.Building)]
    [InlineData(49.999, Regime.Neutral)]
    [InlineData(26, Regime.Neutral)]
    [InlineData(25.5, Regime.Neutral)]
    [InlineData(25, Regime.BitcoinSeason)]
    [InlineData(0, Regime.BitcoinSeason)]
    public void Regime_boundaries(double score, Regime expected) => Assert.Equal(expected, Regimes.Of(score));

    [Fact]
    public void Regime_follows_the_score_end_to_end()
    {
        // ASI alone: 75 → 100 points → altcoin season; 25 → 0 → bitcoin season.
        Assert.Equal(Regime.AltcoinSeason, V1.Evaluate(new ScoreInputs(AltcoinBreadth: new(75))).Regime);
        Assert.Equal(Regime.BitcoinSeason, V1.Evaluate(new ScoreInputs(AltcoinBreadth: new(25))).Regime);
        Assert.Equal(Regime.Neutral, V1.Evaluate(new ScoreInputs(AltcoinBreadth: new(40))).Regime);
    }

    [Fact]
    public void Mappings_are_recorded_as_data_and_explained()
    {
        var r = V1.Evaluate(new ScoreInputs(Flows: new OnChainFlowInputs(NetflowZScore: -1)));
        var z = r.Components.Single(c => c.Key == "onchain_flows").Inputs.Single(i => i.Key == ScoreInputKeys.NetflowZScore);
        Assert.Equal(new LinearMapping(2, -2), z.Mapping);
        Assert.Equal(75, z.Points);
        Assert.Contains("lower is better", z.MappingDescription, StringComparison.Ordinal);
        Assert.Equal(new SignalReference("onchain", "onchain.netflow.aggregate.zscore"), z.Signal);
    }

    [Fact]
    public void Unknown_versions_and_non_finite_inputs_are_typed_errors()
    {
        var unknown = Assert.Throws<UnknownScoreModelException>(() => ScoreModels.Get("v0"));
        Assert.Contains("v1", unknown.Message, StringComparison.Ordinal);
        var nan = Assert.Throws<ScoreInputException>(() => V1.Evaluate(new ScoreInputs(AltcoinBreadth: new(double.NaN))));
        Assert.Equal(ScoreInputKeys.AltSeasonIndex, nan.InputKey);
        Assert.Throws<ScoreModelDefinitionException>(() => new ScoreModel("bad", "", [new("a", "A", 0, [])]));
    }

    [Fact]
    public void Published_signals_map_onto_the_inputs_the_model_names()
    {
        var signals = new Dictionary<string, IReadOnlyList<SignalValue>>
        {
            ["onchain"] = [new("onchain.asi.90d", 60, "index"), new("onchain.drawdown.deep_share", null, "percent")],
            ["equities"] = [new("ath_is_new_high", 1, "bool"), new("streak_sessions", 3, "sessions")],
        };
        var inputs = SignalInputs.From(V1, signals);
        Assert.Equal(60, inputs.AltcoinBreadth!.AltSeasonIndex);
        Assert.Null(inputs.DrawdownReset);
        Assert.True(inputs.Equities!.AtAllTimeHigh);
        Assert.Equal(3, inputs.Equities.OutperformanceStreakSessions);
        Assert.Null(inputs.Derivatives);
    }

    [Fact]
    public void Named_values_round_trip()
    {
        var inputs = new ScoreInputs(new EquitiesRiskOnInputs(true, 2, null, false, 0.1), Flows: new OnChainFlowInputs(0.5, null));
        Assert.Equal(inputs, ScoreInputs.FromNamedValues(inputs.ToNamedValues()));
    }
}
