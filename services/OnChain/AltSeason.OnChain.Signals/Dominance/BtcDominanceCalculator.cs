namespace AltSeason.OnChain.Signals;

/// <summary>
/// BTC dominance, reported or computed per <see cref="DominanceSource"/>. The change compares like with like: when
/// today's figure is the provider's, so is the earlier one, because providers disagree by whole points and a
/// switch of source would show up as a fake move.
/// </summary>
public static class BtcDominanceCalculator
{
    public static BtcDominanceReading? Evaluate(DateOnly date, OnChainInputs inputs, DominanceParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(parameters);
        var bitcoin = inputs.Coin(parameters.BitcoinId);
        var useReported = parameters.Source switch
        {
            DominanceSource.Reported => true,
            DominanceSource.Computed => false,
            _ => inputs.Global.BtcDominancePercent.IndexOf(date) >= 0,
        };
        if (Value(date, useReported, inputs, bitcoin) is not { } today) return null;
        var earlier = Value(date.AddDays(-parameters.ChangeDays), useReported, inputs, bitcoin);
        var source = useReported
            ? $"reported by {inputs.Global.Source} btc_dominance_percent"
            : $"computed from coin/{parameters.BitcoinId} market cap ({bitcoin?.Source}) / total market cap ({inputs.Global.Source})";
        return new BtcDominanceReading(today, source, today - earlier, parameters.ChangeDays);
    }

    static double? Value(DateOnly day, bool reported, OnChainInputs inputs, CoinHistory? bitcoin)
    {
        if (reported) return inputs.Global.BtcDominancePercent.TryGetValue(day, out var v) ? v : null;
        if (bitcoin is null || !bitcoin.MarketCapUsd.TryGetValue(day, out var cap)) return null;
        return inputs.Global.TotalMarketCapUsd.TryGetValue(day, out var total) ? 100 * cap / total : null;
    }
}
