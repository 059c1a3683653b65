namespace AltSeason.Equities.Signals.Correlation;

/// <summary>corr(RUT return at t, crypto return at t + Lag): positive lags mean RUT moves first.</summary>
public sealed record LagCorrelation(int Lag, double? Correlation, int Pairs);
