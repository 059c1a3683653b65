namespace AltSeason.OnChain.Signals;

/// <summary>Labels of the Altcoin Season Index bands.</summary>
public static class SeasonLabels
{
    public const string AltcoinSeason = "altcoin-season";
    public const string BitcoinSeason = "bitcoin-season";
    public const string Neutral = "neutral";

    /// <summary>Both thresholds are inclusive, as in SIGNALS.md (≥ 75 altcoin season, ≤ 25 bitcoin season).</summary>
    public static string Of(double index, AltSeasonIndexParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (index >= parameters.AltcoinSeasonAt) return AltcoinSeason;
        return index <= parameters.BitcoinSeasonAt ? BitcoinSeason : Neutral;
    }
}
