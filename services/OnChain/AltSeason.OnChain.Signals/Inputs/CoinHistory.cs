using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Daily USD price and market cap of one coin (<c>coin/{id}</c>).</summary>
public sealed record CoinHistory(string Id, DailySeries PriceUsd, DailySeries MarketCapUsd, string Source = "unspecified");
