using AltSeason.Equities.Signals.YearToDate;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Signals.MarketCap;

/// <summary>
/// Computes "market cap added" session after session. The base market cap is looked up once per YTD base date
/// (once a year) rather than once per session.
/// </summary>
public sealed class MarketCapAdded(DailySeries marketCap)
{
    DateOnly? _baseDate;
    int _baseIndex = -1;

    /// <returns>Null without a market-cap value on or before the YTD base date within the base year.</returns>
    public MarketCapAddedResult? Step(YearToDateResult ytd)
    {
        if (_baseDate != ytd.BaseDate)
        {
            _baseDate = ytd.BaseDate;
            var i = marketCap.IndexAtOrBefore(ytd.BaseDate);
            _baseIndex = i >= 0 && marketCap.DateAt(i).Year == ytd.BaseDate.Year ? i : -1;
        }
        if (_baseIndex < 0) return null;
        var baseCap = marketCap.ValueAt(_baseIndex);
        return new MarketCapAddedResult(baseCap * ytd.Return, baseCap, marketCap.DateAt(_baseIndex));
    }

    /// <summary>One evaluation on its own.</summary>
    public static MarketCapAddedResult? Compute(DailySeries marketCap, YearToDateResult ytd) => new MarketCapAdded(marketCap).Step(ytd);
}
