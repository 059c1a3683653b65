using AltSeason.Scoring.Model;

namespace AltSeason.Scoring.Evaluation;

/// <summary>The regime names of the public API (snake_case, stable across renames of the enum).</summary>
public static class RegimeNames
{
    public static string Of(Regime regime) => regime switch
    {
        Regime.AltcoinSeason => "altcoin_season",
        Regime.Building => "building",
        Regime.Neutral => "neutral",
        Regime.BitcoinSeason => "bitcoin_season",
        _ => "undetermined",
    };
}
