namespace AltSeason.Scoring.Model;

/// <summary>Market regime read off the score.</summary>
public enum Regime
{
    /// <summary>No component had data, so there is no score.</summary>
    Undetermined,
    BitcoinSeason,
    Neutral,
    Building,
    AltcoinSeason,
}
