namespace AltSeason.OnChain.Signals;

/// <summary>BTC dominance on one date and where the number came from.</summary>
/// <param name="Percent">BTC market cap / total crypto market cap × 100.</param>
/// <param name="Source">e.g. <c>reported by cmc-global</c> or <c>computed from coin/bitcoin (coingecko) ÷ crypto/global (cmc-global)</c>.</param>
/// <param name="ChangePoints">Percent today minus percent ChangeDays earlier, same source both days; null when that day is missing.</param>
public sealed record BtcDominanceReading(double Percent, string Source, double? ChangePoints, int ChangeDays);
