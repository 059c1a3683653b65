using AltSeason.SampleData.Universe;

namespace AltSeason.SampleData.Markets;

/// <summary>Daily price, market cap and volume of one coin (USD), index = day since the start.</summary>
public sealed record CoinHistory(Coin Coin, double[] Price, double[] MarketCap, double[] Volume);
