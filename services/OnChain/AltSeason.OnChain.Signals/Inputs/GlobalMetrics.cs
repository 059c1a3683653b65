using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Whole-market series from <c>crypto/global</c>; any of them may be empty.</summary>
/// <param name="Source">Provider or format the figures came from, recorded with BTC dominance because providers differ.</param>
public sealed record GlobalMetrics(
    DailySeries TotalMarketCapUsd,
    DailySeries BtcDominancePercent,
    DailySeries StablecoinMarketCapUsd,
    DailySeries AltcoinMarketCapUsd,
    string Source)
{
    public static GlobalMetrics Empty { get; } =
        new(DailySeries.Empty, DailySeries.Empty, DailySeries.Empty, DailySeries.Empty, "none");
}
