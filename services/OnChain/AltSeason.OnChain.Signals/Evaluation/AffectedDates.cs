using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// The as-of dates whose OnChain results can change when an input value dated <see cref="From"/> changes.
/// <see cref="Through"/> is null when the effect has no end: a price feeds the running all-time high, which every
/// later drawdown reads.
/// </summary>
public sealed record AffectedDates(DateOnly From, DateOnly? Through)
{
    public bool Contains(DateOnly date) => date >= From && (Through is not { } t || date <= t);

    /// <summary>
    /// Which as-of dates a change to <paramref name="field"/> (null = any field) of <paramref name="series"/> on
    /// <paramref name="changedOn"/> can affect; null when the OnChain family does not read that series.
    /// </summary>
    public static AffectedDates? For(string series, string? field, DateOnly changedOn, OnChainParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters;
        if (series == SeriesNames.CryptoGlobal)
        {
            // Dominance change, OTHERS/BTC support and stablecoin change all look back from later dates.
            return Span(changedOn, p.Dominance.ChangeDays, p.Others.SupportDays, p.Stablecoins.ChangeDays);
        }
        if (series.StartsWith("coin/", StringComparison.Ordinal))
        {
            if (field is null || field == Fields.Price) return new(changedOn, null);
            // A market cap moves the universe ranking and OTHERS that day, and is read back by support and dominance change.
            return Span(changedOn, p.Others.SupportDays, p.Dominance.ChangeDays);
        }
        if (series.StartsWith("onchain/netflow/", StringComparison.Ordinal))
            return Span(changedOn, p.Netflow.ShortSumDays - 1, p.Netflow.LongSumDays - 1, p.Netflow.ZScoreHistoryDays);
        return null;
    }

    static AffectedDates Span(DateOnly from, params int[] lookbacks) => new(from, from.AddDays(lookbacks.Max()));
}
