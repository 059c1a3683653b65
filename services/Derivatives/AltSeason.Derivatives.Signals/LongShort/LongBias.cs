using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Derivatives.Signals.LongShort;

public static class LongBias
{
    /// <summary>Breadth, rank correlation and bucket medians over the altcoin readings of one kind.</summary>
    public static LongBiasResult Summarise(string kind, IReadOnlyList<LongShortReading> readings, IReadOnlyList<RankBucket> buckets)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(buckets);
        var alts = readings.Where(r => r.IsAltcoin && r.Kind == kind).ToArray();
        double? breadth = alts.Length == 0 ? null : (double)alts.Count(r => r.Ratio > 1) / alts.Length;

        var ranked = alts.Where(r => r.MarketCapRank is not null).ToArray();
        var correlation = ranked.Length >= 3
            ? Spearman.Correlation(
                ranked.Select(r => (double)r.MarketCapRank!.Value).ToArray(),
                ranked.Select(r => r.Ratio).ToArray())
            : double.NaN;

        var medians = buckets.Select(b =>
        {
            var inBucket = ranked.Where(r => b.Contains(r.MarketCapRank!.Value)).Select(r => r.Ratio).ToArray();
            return new BucketMedian(b, inBucket.Length > 0 ? Median.Of(inBucket) : null, inBucket.Length);
        }).ToArray();

        return new LongBiasResult(kind, alts.Length, breadth, double.IsNaN(correlation) ? null : correlation, ranked.Length, medians);
    }
}
