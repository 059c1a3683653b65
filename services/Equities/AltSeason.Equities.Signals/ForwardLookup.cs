using AltSeason.TimeSeries;

namespace AltSeason.Equities.Signals;

/// <summary>
/// Looks values up in a <see cref="DailySeries"/> for dates that only move forward, as the session-by-session walk
/// does: the position only advances, so a whole history costs one merge pass instead of a binary search per date.
/// </summary>
internal sealed class ForwardLookup(DailySeries? series)
{
    int _next;

    /// <returns>False (and NaN) when the series is absent or has no value on <paramref name="date"/>.</returns>
    public bool TryGetValue(DateOnly date, out double value)
    {
        if (series is not null)
        {
            while (_next < series.Count && series.DateAt(_next) < date) _next++;
            if (_next < series.Count && series.DateAt(_next) == date)
            {
                value = series.ValueAt(_next);
                return true;
            }
        }
        value = double.NaN;
        return false;
    }
}
