namespace AltSeason.Scoring.Model;

/// <summary>
/// Composite score model v1 (frozen: a change is a new version). Weights: equities risk-on 25, altcoin breadth 20,
/// dominance/OTHERS 15, derivatives positioning 15, on-chain flows 15, drawdown reset 10. Every input is mapped
/// to 0–100 by a clamped line (<see cref="LinearMapping"/>); the anchors below are where the articles in the seeds
/// and the usual reading of each indicator put "nothing happening" (0) and "as strong as it gets" (100).
/// </summary>
internal static class ScoreModelV1
{
    const string Equities = "equities", Derivatives = "derivatives", OnChain = "onchain";

    public static ScoreModel Model { get; } = new("v1",
        "Weighted mean of six components, each the mean of its inputs mapped linearly to 0–100 and clamped.",
        [
            new("equities_risk_on", "Equities risk-on", 25,
            [
                new(ScoreInputKeys.AtAllTimeHigh, "Russell 2000 at all-time high", new(Equities, "ath_is_new_high"), Units.Flag,
                    LinearMapping.Flag, "a small-cap ATH is the seeds' headline risk-on trigger"),
                new(ScoreInputKeys.OutperformanceStreak, "RUT beats SPX streak", new(Equities, "streak_sessions"), Units.Sessions,
                    new(0, 10), "two weeks of small caps leading is a regime, one day is noise"),
                new(ScoreInputKeys.RelativeStrengthChange, "RUT/SPX relative strength change", new(Equities, "rs_change"), Units.Fraction,
                    new(-0.05, 0.05), "±5% moves of the ratio are large for two broad indices"),
                new(ScoreInputKeys.ResistanceBreakout, "RUT resistance breakout confirmed", new(Equities, "breakout_confirmed"), Units.Flag,
                    LinearMapping.Flag, "a confirmed break of the 252-session high"),
                new(ScoreInputKeys.RutCryptoCorrelation, "RUT–crypto return correlation (90d)", new(Equities, "corr_returns_90"), Units.Correlation,
                    new(0, 0.6), "equity strength only carries over to crypto when returns move together; none below 0"),
            ]),
            new("altcoin_breadth", "Altcoin breadth (ASI)", 20,
            [
                new(ScoreInputKeys.AltSeasonIndex, "Altcoin Season Index (90d)", new(OnChain, "onchain.asi.90d"), Units.Index,
                    new(25, 75), "the index's own bands: bitcoin season at 25 or below, altcoin season at 75 or above"),
            ]),
            new("dominance_others", "Dominance and OTHERS", 15,
            [
                new(ScoreInputKeys.BtcDominanceChange, "BTC dominance change (30d)", new(OnChain, "onchain.btc_dominance.change_30d"), Units.PercentagePoints,
                    new(3, -3), "capital rotating out of BTC shows as falling dominance; 3 points a month is a strong rotation"),
                new(ScoreInputKeys.OthersDominance, "OTHERS.D", new(OnChain, "onchain.others_dominance"), Units.Percent,
                    new(6, 14), "share of the market outside the top 10; its 2021 peak was near 14%"),
                new(ScoreInputKeys.OthersBtcDistanceToSupport, "OTHERS/BTC above 365-day support", new(OnChain, "onchain.others_btc.distance_to_support"), Units.Percent,
                    new(0, 30), "bouncing off support rather than breaking it; 30% off the low is a confirmed turn"),
                new(ScoreInputKeys.EthBtcBreakout, "ETH/BTC falling-trend breakout", new(OnChain, "onchain.eth_btc.breakout"), Units.Flag,
                    LinearMapping.Flag, "ETH leading BTC usually opens the rotation"),
            ]),
            new("derivatives_positioning", "Derivatives positioning", 15,
            [
                new(ScoreInputKeys.LongBiasBreadth, "Altcoins with long bias", new(Derivatives, "long_bias_breadth.accounts"), Units.Fraction,
                    new(0.4, 0.8), "most altcoins net long is the seeds' positioning signal"),
                new(ScoreInputKeys.RankLongBiasSpearman, "Rank vs long bias (Spearman)", new(Derivatives, "rank_vs_long_bias.accounts"), Units.Correlation,
                    new(-0.2, 0.6), "long bias rising as market cap falls (positive) is appetite for the small end"),
                new(ScoreInputKeys.Funding8h, "Altcoin funding per 8h (median)", new(Derivatives, "funding_8h.altcoin_median"), "rate_per_8h",
                    new(-0.0001, 0.0003), "from the negative band (−0.01%) to warm (0.03%); v1 does not penalise overheating"),
            ]),
            new("onchain_flows", "On-chain flows", 15,
            [
                new(ScoreInputKeys.NetflowZScore, "Exchange netflow z-score (mean over tokens)", new(OnChain, "onchain.netflow.aggregate.zscore"), Units.ZScore,
                    new(2, -2), "outflows (negative) are accumulation; two standard deviations either way saturate"),
                new(ScoreInputKeys.StablecoinSupplyChange, "Stablecoin supply change (30d)", new(OnChain, "onchain.stablecoin_supply.change_30d"), Units.Percent,
                    new(-2, 5), "new stablecoins are dry powder; shrinking supply is money leaving"),
            ]),
            new("drawdown_reset", "Drawdown reset", 10,
            [
                new(ScoreInputKeys.DeepDrawdownShare, "Altcoins ≥ 80% below ATH", new(OnChain, "onchain.drawdown.deep_share"), Units.Percent,
                    new(10, 60), "the seeds: many alts 80–90% below their highs means the reset has happened"),
            ]),
        ]);
}
