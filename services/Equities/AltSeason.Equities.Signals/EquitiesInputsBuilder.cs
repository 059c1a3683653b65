using AltSeason.TimeSeries;

namespace AltSeason.Equities.Signals;

/// <summary>Builds <see cref="EquitiesInputs"/> from stored observations of the series the family reads.</summary>
public static class EquitiesInputsBuilder
{
    /// <param name="russell2000">Observations of <c>equity/rut</c> (fields close, optionally high and market_cap_usd).</param>
    /// <param name="sp500">Observations of <c>equity/spx</c>.</param>
    /// <param name="cryptoGlobal">Observations of <c>crypto/global</c>; only total_market_cap_usd is read.</param>
    public static EquitiesInputs FromObservations(
        IReadOnlyList<Observation> russell2000,
        IReadOnlyList<Observation> sp500,
        IReadOnlyList<Observation>? cryptoGlobal,
        EquitiesParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(russell2000);
        ArgumentNullException.ThrowIfNull(sp500);
        ArgumentNullException.ThrowIfNull(parameters);
        var marketCap = Daily(russell2000, Fields.MarketCapUsd, SeriesNames.Russell2000);
        var high = Daily(russell2000, Fields.High, SeriesNames.Russell2000);
        var inputs = new EquitiesInputs(
            Daily(russell2000, Fields.Close, SeriesNames.Russell2000),
            Daily(sp500, Fields.Close, SeriesNames.SP500))
        {
            Russell2000High = high.Count > 0 ? high : null,
            Russell2000MarketCap = marketCap.Count > 0 ? marketCap : null,
            CryptoTotalMarketCap = cryptoGlobal is null ? null
                : CryptoByCloseDate(cryptoGlobal, parameters.Correlation.CryptoSnapshotCutoffHour),
        };
        inputs.Validate();
        return inputs;
    }

    /// <summary>
    /// The calendar date whose close a crypto snapshot stands for: a snapshot in the small hours (before the
    /// cutoff) still reflects the previous day's close; an exact-midnight stamp is a daily label and kept.
    /// </summary>
    public static DateOnly CloseDate(DateTimeOffset timestampUtc, int cutoffHour)
    {
        var utc = timestampUtc.UtcDateTime;
        var date = DateOnly.FromDateTime(utc);
        return utc.TimeOfDay > TimeSpan.Zero && utc.Hour < cutoffHour ? date.AddDays(-1) : date;
    }

    static DailySeries CryptoByCloseDate(IReadOnlyList<Observation> rows, int cutoffHour) =>
        new(rows.Where(r => r.Field == Fields.TotalMarketCapUsd)
            .OrderBy(r => r.TimestampUtc)
            .GroupBy(r => CloseDate(r.TimestampUtc, cutoffHour))
            .Select(g => (g.Key, g.Last().Value))); // the later snapshot is the fresher one

    static DailySeries Daily(IReadOnlyList<Observation> rows, string field, string series)
    {
        var duplicate = rows.Where(r => r.Field == field).GroupBy(r => r.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new EquitiesInputException($"{series} {field}", duplicate.Key, "has more than one value for the date");
        return DailySeries.FromObservations(rows, field);
    }
}
