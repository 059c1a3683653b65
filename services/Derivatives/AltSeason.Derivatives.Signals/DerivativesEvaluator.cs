using AltSeason.Derivatives.Signals.Evaluation;
using AltSeason.Derivatives.Signals.Funding;
using AltSeason.Derivatives.Signals.Leverage;
using AltSeason.Derivatives.Signals.LongShort;
using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Derivatives.Signals;

/// <summary>
/// The entry point the Derivatives service calls. Every derivatives signal is cross-sectional (one date's values
/// across symbols), so a range is one pass over its dates with a lookup per series and date (constant time on a
/// gapless series, see <see cref="DailySeries.IndexOf"/>).
/// </summary>
public static class DerivativesEvaluator
{
    /// <returns>One evaluation per date in [from, to] on which any long/short, funding or open-interest series has a value.</returns>
    public static IReadOnlyList<DerivativesEvaluation> Evaluate(
        DerivativesInputs inputs, DerivativesParameters parameters, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        DerivativesParametersValidation.Validate(parameters);
        if (from > to) throw new DerivativesInputException("date range", from, $"starts after its end {to:yyyy-MM-dd}");
        inputs.Validate();

        var coinOf = inputs.Contracts.ToDictionary(c => c.Symbol, c => c.CoinId, StringComparer.OrdinalIgnoreCase);
        var nonAltcoins = parameters.NonAltcoinIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool IsAltcoin(string symbol) => !coinOf.TryGetValue(symbol, out var coin) || !nonAltcoins.Contains(coin);

        var longShort = inputs.LongShort.OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Symbol, StringComparer.Ordinal).ToArray();
        var funding = inputs.FundingRate8h.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var openInterest = inputs.OpenInterestUsd.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();

        var results = new List<DerivativesEvaluation>();
        foreach (var date in AsOfDates(inputs, from, to))
        {
            var ranks = MarketCapRanks.On(inputs.MarketCapUsd, date);
            int? RankOf(string symbol) => coinOf.TryGetValue(symbol, out var coin) && ranks.TryGetValue(coin, out var r) ? r : null;

            var readings = longShort
                .Where(s => s.Ratio.TryGetValue(date, out _))
                .Select(s => new LongShortReading(s.Symbol, s.Kind, s.Period, Value(s.Ratio, date), IsAltcoin(s.Symbol), RankOf(s.Symbol)))
                .ToArray();
            var bias = readings.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal)
                .Select(kind => LongBias.Summarise(kind, readings, parameters.RankBuckets))
                .ToArray();

            var rates = funding.Where(p => p.Value.TryGetValue(date, out _))
                .Select(p => Reading(p.Key, Value(p.Value, date), parameters.FundingBands))
                .ToArray();
            var altRates = rates.Where(r => IsAltcoin(r.Symbol)).Select(r => r.Rate8h).ToArray();
            var altFunding = altRates.Length > 0 ? Reading("altcoin_median", Median.Of(altRates), parameters.FundingBands) : null;

            var leverage = openInterest
                .Where(p => p.Value.TryGetValue(date, out _) && MarketCapOf(inputs, coinOf, p.Key, date) is not null)
                .Select(p =>
                {
                    var oi = Value(p.Value, date);
                    var cap = MarketCapOf(inputs, coinOf, p.Key, date)!.Value;
                    return new LeverageReading(p.Key, oi, cap, oi / cap);
                })
                .ToArray();
            var altLeverage = leverage.Where(l => IsAltcoin(l.Symbol)).ToArray();
            double? altRatio = altLeverage.Length > 0 ? altLeverage.Sum(l => l.OpenInterestUsd) / altLeverage.Sum(l => l.MarketCapUsd) : null;

            results.Add(new DerivativesEvaluation(date, readings, bias, rates, altFunding, leverage, altRatio, parameters));
        }
        return results;
    }

    static FundingReading Reading(string symbol, double rate8h, FundingBands bands) =>
        new(symbol, rate8h, FundingRate.Annualise(rate8h, 8), bands.Classify(rate8h));

    static double Value(DailySeries series, DateOnly date) => series.TryGetValue(date, out var v) ? v : double.NaN;

    static double? MarketCapOf(DerivativesInputs inputs, Dictionary<string, string> coinOf, string symbol, DateOnly date) =>
        coinOf.TryGetValue(symbol, out var coin) && inputs.MarketCapUsd.TryGetValue(coin, out var caps) && caps.TryGetValue(date, out var cap)
            ? cap
            : null;

    static DateOnly[] AsOfDates(DerivativesInputs inputs, DateOnly from, DateOnly to) =>
        SeriesDates.Union(inputs.LongShort.Select(s => s.Ratio).Concat(inputs.FundingRate8h.Values).Concat(inputs.OpenInterestUsd.Values), from, to);
}
