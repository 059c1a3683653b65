namespace AltSeason.Scoring.Model;

/// <summary>Keys of the named numeric inputs, <c>component.input</c>. Flags are 1 (yes) or 0 (no).</summary>
public static class ScoreInputKeys
{
    public const string AtAllTimeHigh = "equities.at_all_time_high";
    public const string OutperformanceStreak = "equities.outperformance_streak";
    public const string RelativeStrengthChange = "equities.relative_strength_change";
    public const string ResistanceBreakout = "equities.resistance_breakout";
    public const string RutCryptoCorrelation = "equities.rut_crypto_correlation";

    public const string AltSeasonIndex = "breadth.alt_season_index";

    public const string BtcDominanceChange = "dominance.btc_dominance_change";
    public const string OthersDominance = "dominance.others_dominance";
    public const string OthersBtcDistanceToSupport = "dominance.others_btc_distance_to_support";
    public const string EthBtcBreakout = "dominance.eth_btc_breakout";

    public const string LongBiasBreadth = "derivatives.long_bias_breadth";
    public const string RankLongBiasSpearman = "derivatives.rank_long_bias_spearman";
    public const string Funding8h = "derivatives.funding_8h";

    public const string NetflowZScore = "flows.netflow_zscore";
    public const string StablecoinSupplyChange = "flows.stablecoin_supply_change";

    public const string DeepDrawdownShare = "drawdown.deep_drawdown_share";
}
