using AltSeason.Derivatives.Signals.LongShort;
using AltSeason.TimeSeries;

namespace AltSeason.Derivatives.Signals;

/// <summary>The daily series the derivatives family reads (see <see cref="DerivativesInputsBuilder"/> to build them from observations).</summary>
/// <param name="Contracts">Which coin each futures symbol tracks; symbols without one get no rank or leverage.</param>
/// <param name="FundingRate8h">By symbol: the date's mean funding rate with each payment normalised to 8 hours.</param>
/// <param name="OpenInterestUsd">By symbol: the date's last open interest in USD.</param>
/// <param name="MarketCapUsd">By coin id (<c>coin/{id}</c> field <c>market_cap_usd</c>): ranks are taken among these.</param>
public sealed record DerivativesInputs(
    IReadOnlyList<DerivativeContract> Contracts,
    IReadOnlyList<LongShortSeries> LongShort,
    IReadOnlyDictionary<string, DailySeries> FundingRate8h,
    IReadOnlyDictionary<string, DailySeries> OpenInterestUsd,
    IReadOnlyDictionary<string, DailySeries> MarketCapUsd)
{
    public void Validate()
    {
        foreach (var s in LongShort) Require(s.Ratio, SeriesNames.LongShort(s.Symbol, s.Kind), positive: true);
        foreach (var (symbol, s) in FundingRate8h) Require(s, SeriesNames.Funding(symbol), positive: false);
        foreach (var (symbol, s) in OpenInterestUsd) Require(s, SeriesNames.OpenInterest(symbol), positive: true);
        foreach (var (coin, s) in MarketCapUsd) Require(s, $"{SeriesNames.Coin(coin)} {Fields.MarketCapUsd}", positive: true);
        var twice = Contracts.GroupBy(c => c.Symbol, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new DerivativesInputException($"contract {twice.Key}", null, "is mapped to more than one coin");
    }

    static void Require(DailySeries series, string name, bool positive)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var v = series.ValueAt(i);
            if (!double.IsFinite(v) || (positive && v <= 0))
                throw new DerivativesInputException(name, series.DateAt(i),
                    positive ? $"must be a positive number, got {v}" : $"must be a finite number, got {v}");
        }
    }
}
