namespace AltSeason.Derivatives.Signals.Funding;

/// <param name="Rate8h">The date's mean funding rate, each payment normalised to 8 hours.</param>
/// <param name="Annualised">Rate8h·3·365, the same as r·(24/h)·365 for each payment.</param>
public sealed record FundingReading(string Symbol, double Rate8h, double Annualised, FundingRegime Regime);
