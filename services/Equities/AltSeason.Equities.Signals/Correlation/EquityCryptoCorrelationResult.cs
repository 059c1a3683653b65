namespace AltSeason.Equities.Signals.Correlation;

/// <param name="AlignedReturns">Return pairs seen so far (sessions where both RUT and crypto have a value, minus one).</param>
/// <param name="StrongestLag">Lag with the largest |correlation|, null until every lag has a value.</param>
/// <param name="Granger">Null until the window is full or when the regressors are collinear.</param>
public sealed record EquityCryptoCorrelationResult(
    int AlignedReturns,
    IReadOnlyList<WindowCorrelation> Windows,
    IReadOnlyList<LagCorrelation> Lags,
    LagCorrelation? StrongestLag,
    GrangerResult? Granger);
