using System.Security.Cryptography;
using AltSeason.Contracts.Messages;
using AltSeason.TimeSeries;

namespace AltSeason.ScoringService.Tests.Fakes;

/// <summary>
/// Family evaluation messages with signal values whose points are easy to work out by hand from the v1 mappings:
/// every numeric input sits on the middle of its line (50 points) unless a test says otherwise.
/// </summary>
public static class Evaluations
{
    /// <summary>ASI 50 (25..75), dominance change 0 (3..−3), OTHERS.D 10 (6..14), support 15 (0..30), ETH/BTC breakout yes,
    /// netflow z 0 (2..−2), stablecoins +1.5 (−2..5), deep drawdown share 35 (10..60).</summary>
    public static IReadOnlyList<SignalValue> OnChainValues(double asi = 50) =>
    [
        new("onchain.asi.90d", asi, "index"),
        new("onchain.btc_dominance.change_30d", 0, "percentage_points"),
        new("onchain.others_dominance", 10, "percent"),
        new("onchain.others_btc.distance_to_support", 15, "percent"),
        new("onchain.eth_btc.breakout", 1, "bool"),
        new("onchain.netflow.aggregate.zscore", 0, "z"),
        new("onchain.stablecoin_supply.change_30d", 1.5, "percent"),
        new("onchain.drawdown.deep_share", 35, "percent"),
    ];

    /// <summary>ATH yes (100), streak 5 of 10 (50), RS change 0 (50), no breakout (0), correlation 0.3 of 0.6 (50): mean 50.</summary>
    public static IReadOnlyList<SignalValue> EquitiesValues() =>
    [
        new("ath_is_new_high", 1, "bool"),
        new("streak_sessions", 5, "sessions"),
        new("rs_change", 0, "fraction"),
        new("breakout_confirmed", 0, "bool"),
        new("corr_returns_90", 0.3, "correlation"),
    ];

    /// <summary>Breadth 0.6 (0.4..0.8), Spearman 0.2 (−0.2..0.6), funding 0.0001 (−0.0001..0.0003): all 50.</summary>
    public static IReadOnlyList<SignalValue> DerivativesValues() =>
    [
        new("long_bias_breadth.accounts", 0.6, "fraction"),
        new("rank_vs_long_bias.accounts", 0.2, "correlation"),
        new("funding_8h.altcoin_median", 0.0001, "rate_per_8h"),
    ];

    public static OnChainSignalsEvaluated OnChain(DateOnly asOf, long version = 1, IReadOnlyList<SignalValue>? values = null) =>
        new("onchain", [Evaluation("onchain", asOf, version, values ?? OnChainValues())]);

    public static EquitiesSignalsEvaluated Equities(DateOnly asOf, long version = 1, string? eventSha256 = null) =>
        new("equities", [Evaluation("equities", asOf, version, EquitiesValues(), eventSha256)]);

    public static DerivativesSignalsEvaluated Derivatives(DateOnly asOf, long version = 1) =>
        new("derivatives", [Evaluation("derivatives", asOf, version, DerivativesValues())]);

    /// <summary>One evaluation as a family service announces it: stream <c>family/yyyy-MM-dd</c>, model <c>family-v1</c>.</summary>
    public static AnnouncedEvaluation Evaluation(string family, DateOnly asOf, long version, IReadOnlyList<SignalValue> values, string? eventSha256 = null) =>
        new(asOf, values, $"{family}-v1", "test", Sha(), $"{family}/{asOf:yyyy-MM-dd}", version, eventSha256 ?? Sha(), DateTimeOffset.UtcNow);

    public static string Sha() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
