namespace AltSeason.OnChain.Signals;

/// <summary>Names of the flat signals the OnChain family publishes. Windows configured in days appear in the name.</summary>
public static class OnChainSignalNames
{
    public const string Prefix = "onchain.";

    public static string TokenNetflow(string token, string measure) => $"onchain.netflow.{token}.{measure}";
    public const string NetflowTotalUsd = "onchain.netflow.aggregate.usd";
    public const string NetflowMeanZScore = "onchain.netflow.aggregate.zscore";
    public const string NetflowTokensScored = "onchain.netflow.aggregate.tokens_scored";

    public static string CoinDrawdown(string coinId) => $"onchain.drawdown.{coinId}";
    public const string DeepDrawdownShare = "onchain.drawdown.deep_share";
    public const string DeepDrawdownCount = "onchain.drawdown.deep_count";
    public const string DrawdownCoinsCounted = "onchain.drawdown.coins_counted";

    public const string BtcDominance = "onchain.btc_dominance";
    public static string BtcDominanceChange(int days) => $"onchain.btc_dominance.change_{days}d";

    public const string Others = "onchain.others";
    public const string OthersDominance = "onchain.others_dominance";
    public const string OthersToBtc = "onchain.others_btc";
    public const string OthersToBtcSupport = "onchain.others_btc.support";
    public const string OthersToBtcDistanceToSupport = "onchain.others_btc.distance_to_support";

    public const string EthBtc = "onchain.eth_btc";
    public const string EthBtcTrendSlope = "onchain.eth_btc.trend_slope";
    public const string EthBtcTrendLine = "onchain.eth_btc.trend_line";
    public const string EthBtcUpperBand = "onchain.eth_btc.upper_band";
    public const string EthBtcFalling = "onchain.eth_btc.falling";
    public const string EthBtcBreakout = "onchain.eth_btc.breakout";

    public static string AltSeasonIndex(int windowDays) => $"onchain.asi.{windowDays}d";
    public static string AltSeasonIndexEligible(int windowDays) => $"onchain.asi.{windowDays}d.eligible";
    public static string AltSeasonIndexOutperformers(int windowDays) => $"onchain.asi.{windowDays}d.outperformers";

    public const string StablecoinSupply = "onchain.stablecoin_supply";
    public static string StablecoinSupplyChangePercent(int days) => $"onchain.stablecoin_supply.change_{days}d";
    public static string StablecoinSupplyChangeUsd(int days) => $"onchain.stablecoin_supply.change_{days}d_usd";
}
