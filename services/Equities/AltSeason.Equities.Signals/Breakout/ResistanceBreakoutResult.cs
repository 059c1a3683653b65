namespace AltSeason.Equities.Signals.Breakout;

/// <param name="Resistance">Highest close of the prior N sessions; null until N sessions exist.</param>
/// <param name="ClosedAbove">Today's close is above <paramref name="Resistance"/> (a new N-session closing high).</param>
/// <param name="Confirmed">The breakout of K−1 sessions ago held: all of the last K closes stayed above the level it broke.</param>
/// <param name="FirstConfirmation">Confirmed today but not yesterday: the day to act on.</param>
/// <param name="BreakoutDate">When confirmed, the session that first closed above <paramref name="BrokenLevel"/>.</param>
public readonly record struct ResistanceBreakoutResult(
    double? Resistance,
    bool ClosedAbove,
    bool Confirmed,
    bool FirstConfirmation,
    DateOnly? BreakoutDate,
    double? BrokenLevel);
