namespace AltSeason.OnChain.Signals;

/// <summary>The market outside the largest coins on one date.</summary>
/// <param name="OthersUsd">Total crypto market cap minus the caps of the TopCount largest coins supplied.</param>
/// <param name="OthersDominancePercent">OTHERS / total × 100 (OTHERS.D).</param>
/// <param name="OthersToBtc">OTHERS / BTC market cap; null without a BTC cap that day.</param>
/// <param name="Support">Lowest OTHERS/BTC over the SupportDays before the date; null when that history is too thin.</param>
/// <param name="DistanceToSupportPercent">(OTHERS/BTC ÷ support − 1) × 100; negative means support broke.</param>
public sealed record OthersReading(
    double OthersUsd,
    double OthersDominancePercent,
    double? OthersToBtc,
    double? Support,
    double? DistanceToSupportPercent,
    int TopCount,
    int SupportDays);
