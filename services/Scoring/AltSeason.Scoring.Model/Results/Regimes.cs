namespace AltSeason.Scoring.Model;

/// <summary>
/// Regime bands. SIGNALS.md gives integer bands (≥ 75, 50–74, 26–49, ≤ 25); for a real-valued score the cuts are
/// at 75, 50 and 25 with the lower edge of each upper band inclusive and the bitcoin-season edge inclusive:
/// [75, 100] altcoin season, [50, 75) building, (25, 50) neutral, [0, 25] bitcoin season. So 74.99 is still
/// building, 49.99 and 25.01 are neutral, and every integer lands exactly where the integer table puts it.
/// </summary>
public static class Regimes
{
    public const double AltcoinSeasonFrom = 75;
    public const double BuildingFrom = 50;
    public const double BitcoinSeasonThrough = 25;

    public static Regime Of(double? score) => score switch
    {
        null => Regime.Undetermined,
        >= AltcoinSeasonFrom => Regime.AltcoinSeason,
        >= BuildingFrom => Regime.Building,
        > BitcoinSeasonThrough => Regime.Neutral,
        _ => Regime.BitcoinSeason,
    };

    public static string Label(Regime regime) => regime switch
    {
        Regime.AltcoinSeason => "altcoin season",
        Regime.Building => "building",
        Regime.Neutral => "neutral",
        Regime.BitcoinSeason => "bitcoin season",
        _ => "undetermined",
    };

    public static string Band(Regime regime) => regime switch
    {
        Regime.AltcoinSeason => "score ≥ 75",
        Regime.Building => "50 ≤ score < 75",
        Regime.Neutral => "25 < score < 50",
        Regime.BitcoinSeason => "score ≤ 25",
        _ => "no component present",
    };
}
