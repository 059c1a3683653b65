using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// ETH/BTC and the breakout of a falling trend line. The line is a least-squares fit of ln(ETH/BTC) over the
/// TrendDays before the date (logs, so a halving is the same size at any level); the date itself is left out so
/// the line it is judged against was drawn before it.
/// </summary>
public static class EthBtcCalculator
{
    /// <returns>One reading per ascending as-of date, null where either price is missing.</returns>
    public static EthBtcReading?[] Evaluate(OnChainInputs inputs, IReadOnlyList<DateOnly> asOfDates, OnChainParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(asOfDates);
        ArgumentNullException.ThrowIfNull(parameters);
        var p = parameters.EthBtc;
        var result = new EthBtcReading?[asOfDates.Count];
        if (inputs.Coin(p.EthereumId) is not { } eth || inputs.Coin(p.BitcoinId) is not { } btc) return result;

        var logRatio = new DailySeries(eth.PriceUsd.Dates
            .Where(d => btc.PriceUsd.IndexOf(d) >= 0)
            .Select(d => (d, Math.Log(eth.PriceUsd.Values[eth.PriceUsd.IndexOf(d)] / btc.PriceUsd.Values[btc.PriceUsd.IndexOf(d)]))));
        var trend = new RollingRegression(logRatio, p.TrendDays);
        var minimumHistory = Math.Max(3, parameters.MinimumObservations(p.TrendDays));
        for (var i = 0; i < asOfDates.Count; i++)
        {
            var day = asOfDates[i];
            if (!logRatio.TryGetValue(day, out var today)) continue;
            trend.MoveTo(day.AddDays(-1));
            var fit = trend.Count >= minimumHistory ? trend.FitAt(day) : null;
            if (fit is null)
            {
                result[i] = new EthBtcReading(Math.Exp(today), null, null, null, null, null, p.TrendDays, p.BreakoutBand);
                continue;
            }
            var upper = fit.LineValue + p.BreakoutBand * fit.ResidualStandardDeviation;
            var falling = fit.SlopePerDay < 0;
            result[i] = new EthBtcReading(Math.Exp(today), fit.SlopePerDay * 100, Math.Exp(fit.LineValue), Math.Exp(upper),
                falling, falling && today > upper, p.TrendDays, p.BreakoutBand);
        }
        return result;
    }
}
