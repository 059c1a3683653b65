namespace AltSeason.OnChain.Signals;

/// <summary>Rolling sums and z-scores of one token's netflow for ascending as-of dates, in one pass.</summary>
public static class NetflowCalculator
{
    /// <returns>One reading per as-of date, null on dates the token has no figure.</returns>
    public static TokenNetflow?[] Evaluate(NetflowHistory flow, IReadOnlyList<DateOnly> asOfDates, OnChainParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(asOfDates);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.Netflow;
        var shortNative = new RollingSum(flow.Native, p.ShortSumDays);
        var longNative = new RollingSum(flow.Native, p.LongSumDays);
        var shortUsd = new RollingSum(flow.Usd, p.ShortSumDays);
        var longUsd = new RollingSum(flow.Usd, p.LongSumDays);
        var history = new RollingMoments(flow.Native, p.ZScoreHistoryDays);
        var minimumHistory = Math.Max(2, parameters.MinimumObservations(p.ZScoreHistoryDays));

        var result = new TokenNetflow?[asOfDates.Count];
        for (var i = 0; i < asOfDates.Count; i++)
        {
            var day = asOfDates[i];
            double? native = flow.Native.TryGetValue(day, out var n) ? n : null;
            double? usd = flow.Usd.TryGetValue(day, out var u) ? u : null;
            if (native is null && usd is null) continue;

            // History is the days strictly before the as-of date: today is what is being judged.
            history.MoveTo(day.AddDays(-1));
            double? z = null;
            if (native is { } x && history.Count >= minimumHistory && double.IsFinite(history.StandardDeviation))
                z = (x - history.Mean) / history.StandardDeviation;

            result[i] = new TokenNetflow(flow.Token, native, usd,
                FullWindowSum(shortNative, day, p.ShortSumDays),
                FullWindowSum(longNative, day, p.LongSumDays),
                FullWindowSum(shortUsd, day, p.ShortSumDays),
                FullWindowSum(longUsd, day, p.LongSumDays),
                z);
        }
        return result;
    }

    // A flow sum with a missing day would understate the flow, so it needs every day.
    static double? FullWindowSum(RollingSum sum, DateOnly day, int days)
    {
        sum.MoveTo(day);
        return sum.Count == days ? sum.Sum : null;
    }
}
