using AltSeason.TimeSeries;

namespace AltSeason.Equities.Signals;

/// <summary>
/// The series the equities family reads, one value per calendar date. As-of dates are the Russell 2000
/// sessions. Crypto values must already sit on the calendar date whose close they represent
/// (<see cref="EquitiesInputsBuilder"/> does that mapping for snapshot feeds).
/// </summary>
/// <param name="Russell2000Close">Series <c>equity/rut</c>, field <c>close</c>.</param>
/// <param name="Sp500Close">Series <c>equity/spx</c>, field <c>close</c>; may be empty (streak and relative strength are then null).</param>
public sealed record EquitiesInputs(DailySeries Russell2000Close, DailySeries Sp500Close)
{
    /// <summary>Intraday highs of <c>equity/rut</c>, used when the all-time-high basis is <c>high</c>.</summary>
    public DailySeries? Russell2000High { get; init; }

    /// <summary><c>crypto/global</c> field <c>total_market_cap_usd</c>, on close dates.</summary>
    public DailySeries? CryptoTotalMarketCap { get; init; }

    /// <summary><c>equity/rut</c> field <c>market_cap_usd</c>; without it "market cap added" is not computed.</summary>
    public DailySeries? Russell2000MarketCap { get; init; }

    /// <summary>Every value must be a positive finite number: they are prices and capitalisations.</summary>
    public void Validate()
    {
        RequirePositive(Russell2000Close, $"{SeriesNames.Russell2000} {Fields.Close}");
        RequirePositive(Sp500Close, $"{SeriesNames.SP500} {Fields.Close}");
        RequirePositive(Russell2000High, $"{SeriesNames.Russell2000} {Fields.High}");
        RequirePositive(CryptoTotalMarketCap, $"{SeriesNames.CryptoGlobal} {Fields.TotalMarketCapUsd}");
        RequirePositive(Russell2000MarketCap, $"{SeriesNames.Russell2000} {Fields.MarketCapUsd}");
    }

    static void RequirePositive(DailySeries? series, string name)
    {
        if (series is null) return;
        for (var i = 0; i < series.Count; i++)
        {
            var value = series.ValueAt(i);
            if (!double.IsFinite(value) || value <= 0)
                throw new EquitiesInputException(name, series.DateAt(i), $"must be a positive number, got {value}");
        }
    }
}
