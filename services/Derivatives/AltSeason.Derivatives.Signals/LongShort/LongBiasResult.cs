namespace AltSeason.Derivatives.Signals.LongShort;

/// <summary>Cross-sectional long bias of the altcoins for one ratio kind on one date.</summary>
/// <param name="Breadth">Share of altcoins whose ratio is above 1 (longs outnumber shorts).</param>
/// <param name="RankCorrelation">Spearman of market-cap rank vs ratio; positive = smaller coins (larger rank
/// numbers) lean longer, the seeds' claim. Null with fewer than three ranked altcoins.</param>
public sealed record LongBiasResult(
    string Kind,
    int Altcoins,
    double? Breadth,
    double? RankCorrelation,
    int RankedAltcoins,
    IReadOnlyList<BucketMedian> BucketMedians);

/// <summary>Median ratio of the ranked altcoins in one rank bucket; null when the bucket is empty.</summary>
public sealed record BucketMedian(RankBucket Bucket, double? MedianRatio, int Count);
