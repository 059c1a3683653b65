namespace AltSeason.OnChain.Signals;

/// <summary>
/// One token's exchange netflow on one date. Negative = coins left exchanges (accumulation), positive = coins
/// arrived (distribution). Sums are null unless every day of their window is present.
/// </summary>
/// <param name="ZScore">The day's native netflow against the mean and spread of the preceding history window.</param>
public sealed record TokenNetflow(
    string Token,
    double? Native,
    double? Usd,
    double? ShortSumNative,
    double? LongSumNative,
    double? ShortSumUsd,
    double? LongSumUsd,
    double? ZScore);
