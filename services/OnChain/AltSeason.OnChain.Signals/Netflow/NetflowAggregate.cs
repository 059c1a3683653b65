namespace AltSeason.OnChain.Signals;

/// <summary>All tokens together on one date.</summary>
/// <param name="TotalUsd">Sum of the USD netflows of the tokens that have one that day.</param>
/// <param name="MeanZScore">
/// Mean of the tokens' z-scores: unit-free, so a token with a large supply does not drown the others.
/// </param>
/// <param name="TokensScored">How many tokens had a z-score.</param>
public sealed record NetflowAggregate(double? TotalUsd, double? MeanZScore, int TokensScored)
{
    public static NetflowAggregate From(IReadOnlyList<TokenNetflow> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var usd = tokens.Where(t => t.Usd.HasValue).Select(t => t.Usd!.Value).ToList();
        var z = tokens.Where(t => t.ZScore.HasValue).Select(t => t.ZScore!.Value).ToList();
        return new(usd.Count > 0 ? usd.Sum() : null, z.Count > 0 ? z.Average() : null, z.Count);
    }
}
