using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// OTHERS, OTHERS.D and OTHERS/BTC with its support. The top coins are ranked among the coins supplied, so a date
/// with fewer than TopCount coin caps has no OTHERS; a non-positive OTHERS (coin caps from one provider exceeding
/// another's total) is treated as no figure rather than reported as a negative market.
/// </summary>
public static class OthersCalculator
{
    /// <returns>One reading per ascending as-of date, null where the inputs do not give one.</returns>
    public static OthersReading?[] Evaluate(OnChainInputs inputs, IReadOnlyList<DateOnly> asOfDates, OnChainParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(asOfDates);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.Others;
        var result = new OthersReading?[asOfDates.Count];
        if (asOfDates.Count == 0) return result;

        var bitcoin = inputs.Coin(parameters.Dominance.BitcoinId);
        var last = asOfDates[^1];
        var others = new Dictionary<DateOnly, double>();
        var ratio = new List<(DateOnly, double)>();
        foreach (var day in inputs.Global.TotalMarketCapUsd.Dates.TakeWhile(d => d <= last))
        {
            if (Others(day, inputs, p.TopCount) is not { } value) continue;
            others[day] = value;
            if (bitcoin is not null && bitcoin.MarketCapUsd.TryGetValue(day, out var btcCap)) ratio.Add((day, value / btcCap));
        }

        var ratioSeries = new DailySeries(ratio);
        var support = new RollingMinimum(ratioSeries, p.SupportDays);
        var minimumHistory = parameters.MinimumObservations(p.SupportDays);
        for (var i = 0; i < asOfDates.Count; i++)
        {
            var day = asOfDates[i];
            if (!others.TryGetValue(day, out var value)) continue;
            var total = inputs.Global.TotalMarketCapUsd.Values[inputs.Global.TotalMarketCapUsd.IndexOf(day)];
            double? today = ratioSeries.TryGetValue(day, out var r) ? r : null;
            support.MoveTo(day.AddDays(-1));
            double? floor = support.Count >= minimumHistory ? support.Minimum : null;
            double? distance = today is { } t && floor is { } f ? (t / f - 1) * 100 : null;
            result[i] = new OthersReading(value, 100 * value / total, today, floor, distance, p.TopCount, p.SupportDays);
        }
        return result;
    }

    static double? Others(DateOnly day, OnChainInputs inputs, int topCount)
    {
        var caps = new List<double>();
        foreach (var coin in inputs.Coins)
        {
            if (coin.MarketCapUsd.TryGetValue(day, out var cap)) caps.Add(cap);
        }
        if (caps.Count < topCount || !inputs.Global.TotalMarketCapUsd.TryGetValue(day, out var total)) return null;
        caps.Sort();
        var top = 0.0;
        // Largest first, so the sum does not depend on the order coins were supplied in.
        for (var i = caps.Count - 1; i >= caps.Count - topCount; i--) top += caps[i];
        var others = total - top;
        return others > 0 ? others : null;
    }
}
