namespace AltSeason.Scoring.Dashboard.Markets;

/// <summary>Everything the four market charts draw, one list per chart, oldest first.</summary>
/// <param name="Problems">Sources that could not be read, each naming the service and address, shown on the page.</param>
public sealed record MarketSeries(
    IReadOnlyList<RelativeStrengthPoint> RelativeStrength,
    IReadOnlyList<EquityCryptoPoint> EquityCrypto,
    IReadOnlyList<IndexPoint> AltSeasonIndex,
    IReadOnlyList<DominancePoint> Dominance,
    IReadOnlyList<string> Problems);

/// <param name="LongestSince">Latest earlier date with a streak at least as long, when the family reports one.</param>
public sealed record RelativeStrengthPoint(string Date, double? Ratio, double? Streak, string? LongestSince);

/// <param name="CryptoMarketCap">Total crypto market cap in USD, derived as OTHERS ÷ OTHERS.D × 100.</param>
/// <param name="Correlation">Rolling 90-day Pearson correlation of daily log returns.</param>
public sealed record EquityCryptoPoint(string Date, double? Russell2000, double? CryptoMarketCap, double? Correlation);

public sealed record IndexPoint(string Date, double? Value);

public sealed record DominancePoint(string Date, double? BtcDominance, double? OthersToBtc);
