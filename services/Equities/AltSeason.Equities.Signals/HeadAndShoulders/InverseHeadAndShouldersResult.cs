namespace AltSeason.Equities.Signals.HeadAndShoulders;

/// <param name="Pattern">The latest valid pattern within the lookback, or null.</param>
/// <param name="Neckline">Neckline price at today's session.</param>
/// <param name="Target">Neckline + head depth: the classic measured-move objective.</param>
/// <param name="Confirmed">Today's close is above the neckline.</param>
/// <param name="BrokeOutToday">Confirmed today, while yesterday's close was at or below yesterday's neckline.</param>
public readonly record struct InverseHeadAndShouldersResult(
    InverseHeadAndShouldersPattern? Pattern,
    double? Neckline,
    double? Target,
    double? FitQuality,
    bool Confirmed,
    bool BrokeOutToday)
{
    public static InverseHeadAndShouldersResult None { get; } = new(null, null, null, null, false, false);
}
