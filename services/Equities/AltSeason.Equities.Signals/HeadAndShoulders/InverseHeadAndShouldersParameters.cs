namespace AltSeason.Equities.Signals.HeadAndShoulders;

/// <param name="SmoothingSessions">w: log closes are averaged over the trailing w sessions (trailing, so no look-ahead).</param>
/// <param name="ExtremumHalfWidth">h: a smoothed value is a peak/trough when it is the max/min of the h sessions on each side;
/// it is therefore known h sessions after it happened.</param>
/// <param name="LookbackSessions">L: the whole pattern (left shoulder onwards) must lie within the last L sessions.
/// Index patterns span years (RUT's 2022–2025 base), hence the long default.</param>
/// <param name="ShoulderTolerance">Both shoulders within this fraction of their mean price (3%).</param>
public sealed record InverseHeadAndShouldersParameters(
    int SmoothingSessions = 10,
    int ExtremumHalfWidth = 20,
    int LookbackSessions = 1000,
    double ShoulderTolerance = 0.03);
