using AltSeason.Equities.Signals.YearToDate;
using AltSeason.TimeSeries;

namespace AltSeason.Equities.Signals.MarketCap;

public static class MarketCapAdded
{
    /// <returns>Null without a market-cap value on or before the YTD base date within the base year.</returns>
    public static MarketCapAddedResult? Compute(DailySeries marketCap, YearToDateResult ytd)
    {
        ArgumentNullException.ThrowIfNull(marketCap);
        ArgumentNullException.ThrowIfNull(ytd);
        var i = marketCap.IndexAtOrBefore(ytd.BaseDate);
        if (i < 0 || marketCap.DateAt(i).Year != ytd.BaseDate.Year) return null;
        var baseCap = marketCap.ValueAt(i);
        return new MarketCapAddedResult(baseCap * ytd.Return, baseCap, marketCap.DateAt(i));
    }
}
