namespace AltSeason.Derivatives.Signals.LongShort;

/// <param name="MarketCapRank">1 = largest supplied market cap that day; null without a market cap.</param>
public sealed record LongShortReading(string Symbol, string Kind, string Period, double Ratio, bool IsAltcoin, int? MarketCapRank);
