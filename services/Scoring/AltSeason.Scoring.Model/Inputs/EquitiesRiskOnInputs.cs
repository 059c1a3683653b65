namespace AltSeason.Scoring.Model;

/// <param name="AtAllTimeHigh">Russell 2000 closed at an all-time high.</param>
/// <param name="OutperformanceStreakSessions">Sessions in a row RUT's return beat SPX's.</param>
/// <param name="RelativeStrengthChange">N-day change of the RUT/SPX ratio as a fraction (0.03 = +3%).</param>
/// <param name="ResistanceBreakout">Close above the prior 252-session high, confirmed.</param>
/// <param name="RutCryptoCorrelation">Rolling correlation of RUT and total crypto cap daily log returns.</param>
public sealed record EquitiesRiskOnInputs(
    bool? AtAllTimeHigh = null,
    double? OutperformanceStreakSessions = null,
    double? RelativeStrengthChange = null,
    bool? ResistanceBreakout = null,
    double? RutCryptoCorrelation = null);
