namespace AltSeason.Equities.Signals.MarketCap;

/// <summary>
/// Index market cap at the previous year's last close × YTD return: the dollars the index added this year,
/// assuming its share count did not change (price data alone cannot give this).
/// </summary>
public readonly record struct MarketCapAddedResult(double AddedUsd, double BaseMarketCapUsd, DateOnly BaseMarketCapDate);
