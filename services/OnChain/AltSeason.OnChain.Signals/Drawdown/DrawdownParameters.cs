namespace AltSeason.OnChain.Signals;

/// <param name="DeepThreshold">A coin counts as deeply reset when its drawdown is at or below minus this fraction (0.80 = 80% below ATH).</param>
/// <param name="MinimumHistoryDays">
/// The all-time high is only the high of the history supplied; a coin enters the deep-drawdown share only once that
/// history spans this many days, so a token listed last month does not count as "near its ATH".
/// </param>
public sealed record DrawdownParameters(double DeepThreshold = 0.80, int MinimumHistoryDays = 365)
{
    internal void Validate()
    {
        Require.Between(DeepThreshold, 0, 1, $"{nameof(DrawdownParameters)}.{nameof(DeepThreshold)}", exclusiveLow: true);
        if (MinimumHistoryDays < 0)
            throw new OnChainParameterException($"{nameof(DrawdownParameters)}.{nameof(MinimumHistoryDays)}", $"must not be negative, got {MinimumHistoryDays}");
    }
}
