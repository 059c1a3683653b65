namespace AltSeason.Derivatives.Signals.Leverage;

/// <summary>Open interest / market cap: how much of a coin's value is held as futures exposure.</summary>
public sealed record LeverageReading(string Symbol, double OpenInterestUsd, double MarketCapUsd, double Ratio);
