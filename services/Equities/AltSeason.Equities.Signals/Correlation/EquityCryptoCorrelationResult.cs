namespace AltSeason.Equities.Signals.Correlation;

/// <param name="AlignedReturns">Return pairs seen so far (sessions where both RUT and crypto have a value, minus one).</param>
/// <param name="Windows">One per window of <see cref="CorrelationParameters.Windows"/>, in that order.</param>
/// <param name="Lags">Lags −MaxLag..+MaxLag in order: lag k at index k + MaxLag.</param>
/// <param name="StrongestLag">Lag with the largest |correlation|, null until every lag has a value.</param>
/// <param name="Granger">Null until the window is full or when the regressors are collinear.</param>
public readonly record struct EquityCryptoCorrelationResult(
    int AlignedReturns,
    ReadOnlyMemory<WindowCorrelation> Windows,
    ReadOnlyMemory<LagCorrelation> Lags,
    LagCorrelation? StrongestLag,
    GrangerResult? Granger);
