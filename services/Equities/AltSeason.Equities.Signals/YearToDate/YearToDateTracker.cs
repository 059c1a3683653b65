namespace AltSeason.Equities.Signals.YearToDate;

/// <summary>Remembers the last close of each year as the sessions go by.</summary>
public sealed class YearToDateTracker
{
    DateOnly? _lastDate;
    double _lastClose;
    DateOnly? _baseDate;
    double _baseClose;

    /// <returns>Null when the series has no close in the previous calendar year.</returns>
    public YearToDateResult? Step(DateOnly date, double close)
    {
        if (_lastDate is { } last && last.Year != date.Year)
        {
            _baseDate = last;
            _baseClose = _lastClose;
        }
        _lastDate = date;
        _lastClose = close;
        return _baseDate is { } b && b.Year == date.Year - 1
            ? new YearToDateResult(close / _baseClose - 1, b, _baseClose)
            : null;
    }
}
