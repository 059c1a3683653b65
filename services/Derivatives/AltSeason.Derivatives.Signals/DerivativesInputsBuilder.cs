using AltSeason.Derivatives.Signals.Funding;
using AltSeason.Derivatives.Signals.LongShort;
using AltSeason.TimeSeries;

namespace AltSeason.Derivatives.Signals;

/// <summary>Turns stored (often intraday) observations into the daily series the evaluator walks.</summary>
public static class DerivativesInputsBuilder
{
    /// <summary>
    /// The ratio of each sample: longAccount/shortAccount when both shares are present (so the ratio always
    /// matches its parts), else the vendor's long_short_ratio; the daily value is the date's last sample.
    /// </summary>
    public static LongShortSeries LongShort(string symbol, string kind, string period, IEnumerable<Observation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var daily = rows
            .GroupBy(r => r.TimestampUtc)
            .Select(sample => (sample.Key, Ratio: RatioOf(sample, symbol, kind)))
            .Where(s => s.Ratio is not null)
            .OrderBy(s => s.Key)
            .GroupBy(s => DateOnly.FromDateTime(s.Key.UtcDateTime))
            .Select(day => (day.Key, day.Last().Ratio!.Value));
        return new LongShortSeries(symbol, kind, period, new DailySeries(daily));
    }

    static double? RatioOf(IEnumerable<Observation> sample, string symbol, string kind)
    {
        double? ratio = null, longShare = null, shortShare = null;
        foreach (var o in sample)
        {
            if (o.Field == Fields.LongShortRatio) ratio = o.Value;
            else if (o.Field == Fields.LongShare) longShare = o.Value;
            else if (o.Field == Fields.ShortShare) shortShare = o.Value;
        }
        if (longShare is not { } l || shortShare is not { } s) return ratio;
        if (s <= 0)
            throw new DerivativesInputException(SeriesNames.LongShort(symbol, kind), DateOnly.FromDateTime(sample.First().TimestampUtc.UtcDateTime),
                $"short share must be positive to form a ratio, got {s}");
        return l / s;
    }

    /// <summary>Each payment normalised to 8 hours (its own interval, else the default), then averaged per date.</summary>
    public static DailySeries Funding(IEnumerable<Observation> rows, double defaultIntervalHours)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var daily = rows
            .GroupBy(r => r.TimestampUtc)
            .Select(payment =>
            {
                var rate = payment.Where(o => o.Field == Fields.FundingRate).Select(o => (double?)o.Value).LastOrDefault();
                var hours = payment.Where(o => o.Field == Fields.FundingIntervalHours).Select(o => (double?)o.Value).LastOrDefault()
                    ?? defaultIntervalHours;
                if (!(hours > 0))
                    throw new DerivativesInputException(Fields.FundingIntervalHours, DateOnly.FromDateTime(payment.Key.UtcDateTime),
                        $"must be a positive number of hours, got {hours}");
                return (Date: DateOnly.FromDateTime(payment.Key.UtcDateTime), Rate: rate is { } r ? FundingRate.ToEightHours(r, hours) : (double?)null);
            })
            .Where(p => p.Rate is not null)
            .GroupBy(p => p.Date)
            .Select(day => (day.Key, day.Average(p => p.Rate!.Value)));
        return new DailySeries(daily);
    }

    /// <summary>The date's last value of one field (open interest, market cap).</summary>
    public static DailySeries LastPerDate(IEnumerable<Observation> rows, string field)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new DailySeries(rows
            .Where(r => r.Field == field)
            .OrderBy(r => r.TimestampUtc)
            .GroupBy(r => r.Date)
            .Select(day => (day.Key, day.Last().Value)));
    }
}
