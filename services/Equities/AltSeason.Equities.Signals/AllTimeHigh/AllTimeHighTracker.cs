namespace AltSeason.Equities.Signals.AllTimeHigh;

/// <summary>Running maximum walked forward one session at a time: O(1) per session for any history length.</summary>
public sealed class AllTimeHighTracker(AllTimeHighParameters parameters)
{
    double _high = double.NegativeInfinity;
    DateOnly _highDate;
    int _highSession;
    int _session = -1;

    /// <param name="high">The intraday high, used when the basis is <see cref="PriceBasis.High"/>; null falls back to the close.</param>
    public AllTimeHighResult Step(DateOnly date, double close, double? high)
    {
        _session++;
        var price = parameters.Basis == PriceBasis.High && high is { } h ? Math.Max(h, close) : close;
        var isNewHigh = _session > 0 && price > _high;
        if (price > _high)
        {
            _high = price;
            _highDate = date;
            _highSession = _session;
        }
        return new AllTimeHighResult(
            parameters.Basis,
            isNewHigh,
            _high,
            _highDate,
            _session - _highSession,
            date.DayNumber - _highDate.DayNumber,
            close / _high - 1);
    }
}
