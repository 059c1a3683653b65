using System.Globalization;
using AltSeason.Derivatives.Signals.Funding;
using AltSeason.Derivatives.Signals.LongShort;

namespace AltSeason.Derivatives.Signals;

/// <summary>Every knob of the derivatives family with its default; recorded on every evaluation.</summary>
public sealed record DerivativesParameters
{
    /// <summary>Changes whenever a definition or a default changes, so old evaluations replay with theirs.</summary>
    public const string ModelVersion = "derivatives-v1";

    static readonly string[] DefaultNonAltcoins = ["bitcoin"];

    /// <summary>Coin ids that are not altcoins (left out of breadth, rank correlation and altcoin aggregates).</summary>
    public IReadOnlyList<string> NonAltcoinIds { get; init; } = DefaultNonAltcoins;

    public IReadOnlyList<RankBucket> RankBuckets { get; init; } = RankBucket.Defaults;

    public FundingBands FundingBands { get; init; } = new();

    /// <summary>The funding interval assumed when a payment does not state its own (Binance's usual 8 hours).</summary>
    public double DefaultFundingIntervalHours { get; init; } = 8;

    public IReadOnlyList<KeyValuePair<string, string>> Describe() =>
    [
        new("non_altcoin_ids", string.Join(",", NonAltcoinIds)),
        new("rank_buckets", string.Join(",", RankBuckets.Select(b => $"{b.FirstRank}-{b.LastRank}"))),
        new("funding_bands.negative_below", Format(FundingBands.NegativeBelow)),
        new("funding_bands.neutral_up_to", Format(FundingBands.NeutralUpTo)),
        new("funding_bands.warm_up_to", Format(FundingBands.WarmUpTo)),
        new("funding_bands.hot_up_to", Format(FundingBands.HotUpTo)),
        new("default_funding_interval_hours", Format(DefaultFundingIntervalHours)),
    ];

    static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
