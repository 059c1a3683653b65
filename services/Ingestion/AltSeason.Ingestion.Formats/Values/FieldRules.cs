namespace AltSeason.Ingestion.Formats.Values;

/// <summary>The range each platform field must lie in, whichever format delivered it.</summary>
static class FieldRules
{
    static readonly HashSet<string> Positive = new(StringComparer.Ordinal)
    {
        Fields.Open, Fields.High, Fields.Low, Fields.Close, Fields.Price, Fields.MarkPrice,
    };

    static readonly HashSet<string> NonNegative = new(StringComparer.Ordinal)
    {
        Fields.Volume, Fields.VolumeUsd, Fields.MarketCapUsd, Fields.TotalMarketCapUsd, Fields.AltcoinMarketCapUsd,
        Fields.StablecoinMarketCapUsd, Fields.LongShortRatio, Fields.OpenInterestUsd, Fields.Inflow, Fields.Outflow,
        Fields.InflowUsd, Fields.OutflowUsd,
    };

    static readonly HashSet<string> Percent = new(StringComparer.Ordinal)
    {
        Fields.BtcDominancePercent, Fields.EthDominancePercent,
    };

    static readonly HashSet<string> Share = new(StringComparer.Ordinal) { Fields.LongShare, Fields.ShortShare };

    /// <returns>Null when <paramref name="value"/> is allowed for <paramref name="field"/>, else why not.</returns>
    public static string? Check(string field, double value)
    {
        if (Positive.Contains(field) && value <= 0) return $"{field} must be above zero, got {value}";
        if (NonNegative.Contains(field) && value < 0) return $"{field} cannot be negative, got {value}";
        if (Percent.Contains(field) && value is < 0 or > 100) return $"{field} must lie within 0..100, got {value}";
        if (Share.Contains(field) && value is < 0 or > 1) return $"{field} must lie within 0..1, got {value}";
        if (field == Fields.FundingIntervalHours && value is <= 0 or > 24)
            return $"{field} must lie within (0, 24], got {value}";
        return null;
    }
}
