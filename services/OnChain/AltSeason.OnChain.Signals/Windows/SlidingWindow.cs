using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// A window of <c>days</c> calendar days sliding forward over a series, so a backfill of N dates costs O(series)
/// instead of O(N × window). Subclasses keep their statistic up to date as observations enter and leave. Dates
/// missing from the series are simply not in the window; <see cref="Count"/> tells how complete it is.
/// </summary>
/// <remarks>
/// Floating-point sums depend on the order of their additions and subtractions. Before an observation enters,
/// everything that observation pushes out of the window leaves, and the window always starts from the series'
/// first observation; so the sequence of operations up to a date is the same whichever dates were asked for on
/// the way, and a date's value is bit-for-bit the same alone or inside a range.
/// </remarks>
internal abstract class SlidingWindow(DailySeries series, int days)
{
    int _oldest;
    int _next;
    DateOnly _lastAsked = DateOnly.MinValue;

    protected DailySeries Series => series;

    public int Count => _next - _oldest;

    /// <summary>Makes the window hold exactly the observations dated within [lastDay − days + 1, lastDay].</summary>
    public void MoveTo(DateOnly lastDay)
    {
        if (lastDay < _lastAsked)
            throw new InvalidOperationException($"Window moved backwards to {lastDay:yyyy-MM-dd}; dates must ascend.");
        _lastAsked = lastDay;
        while (_next < series.Count && series.DateAt(_next) <= lastDay)
        {
            LeaveBefore(series.DateAt(_next).AddDays(1 - days));
            Enter(_next++);
        }
        LeaveBefore(lastDay.AddDays(1 - days));
    }

    void LeaveBefore(DateOnly firstDay)
    {
        while (_oldest < _next && series.DateAt(_oldest) < firstDay) Leave(_oldest++);
    }

    protected abstract void Enter(int index);

    protected abstract void Leave(int index);
}
