namespace AltSeason.OnChain.Signals;

/// <summary>ETH/BTC on one date against the trend of the TrendDays before it.</summary>
/// <param name="TrendSlopePercentPerDay">Slope of the fitted ln(ETH/BTC) line × 100 (≈ % per day); negative = falling.</param>
/// <param name="TrendLineRatio">The fitted line extrapolated to the date, as a ratio.</param>
/// <param name="UpperBandRatio">The line plus BreakoutBand residual standard deviations, as a ratio: the level to break.</param>
/// <param name="Breakout">
/// True when the trend is falling and the ratio closes above the upper band; false when it does not or the trend
/// is not falling (no falling line to break); null without enough history.
/// </param>
public sealed record EthBtcReading(
    double Ratio,
    double? TrendSlopePercentPerDay,
    double? TrendLineRatio,
    double? UpperBandRatio,
    bool? Falling,
    bool? Breakout,
    int TrendDays,
    double BreakoutBand);
