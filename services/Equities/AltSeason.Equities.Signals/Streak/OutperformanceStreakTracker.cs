using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals.Streak;

/// <summary>
/// s_t = s_{t−1} + 1 when r(RUT)_t &gt; r(SPX)_t, else 0, on sessions where both indices closed.
/// "Longest since" is the previous-greater-or-equal element, found with a stack of strictly decreasing
/// streaks: each session is pushed and popped at most once, so a whole history costs O(n).
/// </summary>
public sealed class OutperformanceStreakTracker
{
    readonly Stack<(DateOnly Date, int Streak)> _candidates = new();
    double _previousRussell;
    double _previousSp500;
    bool _hasPrevious;
    int _streak;

    /// <returns>Null on the first common session (no return yet).</returns>
    public OutperformanceStreakResult? Step(DateOnly date, double russellClose, double sp500Close)
    {
        if (!_hasPrevious)
        {
            (_previousRussell, _previousSp500, _hasPrevious) = (russellClose, sp500Close, true);
            return null;
        }
        var russellReturn = LogReturns.Between(_previousRussell, russellClose);
        var sp500Return = LogReturns.Between(_previousSp500, sp500Close);
        (_previousRussell, _previousSp500) = (russellClose, sp500Close);
        _streak = russellReturn > sp500Return ? _streak + 1 : 0;

        while (_candidates.Count > 0 && _candidates.Peek().Streak < _streak) _candidates.Pop();
        (DateOnly Date, int Streak)? since = _streak > 0 && _candidates.Count > 0 ? _candidates.Peek() : null;
        _candidates.Push((date, _streak));

        return new OutperformanceStreakResult(_streak, russellReturn, sp500Return, since?.Date, since?.Streak);
    }
}
