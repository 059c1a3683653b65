using AltSeason.TimeSeries;

namespace AltSeason.Derivatives.Signals.Evaluation;

/// <summary>Flattens a <see cref="DerivativesEvaluation"/>. Rates are fractions per period (0.0001 = 0.01% per 8h).</summary>
public static class DerivativesSignalValues
{
    public static IReadOnlyList<SignalValue> Flatten(DerivativesEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var values = new List<SignalValue>();
        foreach (var r in e.LongShort)
            values.Add(new($"longshort.{r.Kind}.{r.Symbol}", r.Ratio, "ratio", r.Period));
        foreach (var b in e.LongBias)
        {
            values.Add(new($"long_bias_breadth.{b.Kind}", b.Breadth, "fraction", $"altcoins={b.Altcoins}"));
            values.Add(new($"rank_vs_long_bias.{b.Kind}", b.RankCorrelation, "correlation", $"n={b.RankedAltcoins}"));
            foreach (var m in b.BucketMedians)
                values.Add(new($"median_ratio.{b.Kind}.{m.Bucket.Label}", m.MedianRatio, "ratio", $"n={m.Count}"));
        }
        foreach (var f in e.Funding) AddFunding(values, f.Symbol, f);
        if (e.AltcoinFunding is { } alt) AddFunding(values, "altcoin_median", alt);
        foreach (var l in e.Leverage)
            values.Add(new($"leverage.{l.Symbol}", l.Ratio, "ratio"));
        values.Add(new("leverage.altcoins", e.AltcoinLeverage, "ratio"));
        return values;
    }

    static void AddFunding(List<SignalValue> values, string name, Funding.FundingReading f)
    {
        var regime = f.Regime.ToString().ToLowerInvariant();
        values.Add(new($"funding_8h.{name}", f.Rate8h, "rate_per_8h", regime));
        values.Add(new($"funding_annualised.{name}", f.Annualised, "rate_per_year", regime));
    }
}
