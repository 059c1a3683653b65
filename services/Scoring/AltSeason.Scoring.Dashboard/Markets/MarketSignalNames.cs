namespace AltSeason.Scoring.Dashboard.Markets;

/// <summary>
/// The signal values the market charts read, as the families publish them (EquitiesSignalValues,
/// OnChainSignalNames). Kept as text here so the dashboard does not depend on the families' code.
/// </summary>
public static class MarketSignalNames
{
    public const string RussellClose = "rut_close";
    public const string RelativeStrength = "rs_ratio";
    public const string Streak = "streak_sessions";
    public const string StreakLongestSince = "streak_longest_since";
    public const string CryptoCorrelation90 = "corr_returns_90";

    public const string AltSeasonIndex90 = "onchain.asi.90d";
    public const string BtcDominance = "onchain.btc_dominance";
    public const string OthersToBtc = "onchain.others_btc";
    public const string Others = "onchain.others";
    public const string OthersDominance = "onchain.others_dominance";
}
