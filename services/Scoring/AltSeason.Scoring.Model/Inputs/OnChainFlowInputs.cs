namespace AltSeason.Scoring.Model;

/// <param name="NetflowZScore">Mean over tokens of the exchange-netflow z-score (negative = outflows, accumulation).</param>
/// <param name="StablecoinSupplyChangePercent">30-day change of stablecoin market cap, percent.</param>
public sealed record OnChainFlowInputs(double? NetflowZScore = null, double? StablecoinSupplyChangePercent = null);
