using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals.Breakout;

/// <summary>
/// Resistance from a monotonic-deque maximum of the prior N closes; confirmation compares the minimum of the
/// last K closes (another deque) with the level broken K−1 sessions ago, kept in a ring. O(1) per session.
/// </summary>
public sealed class ResistanceBreakoutTracker(ResistanceBreakoutParameters parameters)
{
    readonly RollingExtremum _resistance = RollingExtremum.Maximum(parameters.LookbackSessions);
    readonly RollingExtremum _recentLow = RollingExtremum.Minimum(parameters.ConfirmSessions);
    readonly (DateOnly Date, double? Level)[] _levels = new (DateOnly, double?)[parameters.ConfirmSessions];
    long _seen;
    bool _confirmedYesterday;

    public ResistanceBreakoutResult Step(DateOnly date, double close)
    {
        double? resistance = _resistance.Added >= parameters.LookbackSessions ? _resistance.Value : null;
        _resistance.Add(close);
        _recentLow.Add(close);
        _levels[(int)(_seen % _levels.Length)] = (date, resistance);
        _seen++;

        // The oldest slot now holds the session K−1 back (or today when K = 1).
        var (breakoutDate, broken) = _levels[(int)(_seen % _levels.Length)];
        var confirmed = _seen >= parameters.ConfirmSessions && broken is { } level && _recentLow.Value > level;
        var first = confirmed && !_confirmedYesterday;
        _confirmedYesterday = confirmed;

        return new ResistanceBreakoutResult(
            resistance,
            resistance is { } r && close > r,
            confirmed,
            first,
            confirmed ? breakoutDate : null,
            confirmed ? broken : null);
    }
}
