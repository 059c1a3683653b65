namespace AltSeason.Derivatives.Signals;

/// <summary>Rejects parameters no calculator can honour, naming the parameter and the value.</summary>
public static class DerivativesParametersValidation
{
    public static void Validate(DerivativesParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var b = parameters.FundingBands;
        if (!(b.NegativeBelow < 0 && 0 < b.NeutralUpTo && b.NeutralUpTo < b.WarmUpTo && b.WarmUpTo < b.HotUpTo))
            Fail("funding_bands", $"edges must satisfy negative_below < 0 < neutral_up_to < warm_up_to < hot_up_to, got {b}");
        if (!(parameters.DefaultFundingIntervalHours > 0))
            Fail("default_funding_interval_hours", $"must be positive, got {parameters.DefaultFundingIntervalHours}");
        foreach (var bucket in parameters.RankBuckets)
        {
            if (bucket.FirstRank < 1 || bucket.LastRank < bucket.FirstRank)
                Fail("rank_buckets", $"bucket {bucket.FirstRank}-{bucket.LastRank} must have 1 <= first <= last");
        }
    }

    static void Fail(string name, string reason) => throw new DerivativesInputException($"parameter {name}", null, reason);
}
