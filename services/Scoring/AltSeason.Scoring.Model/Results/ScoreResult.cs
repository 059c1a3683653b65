namespace AltSeason.Scoring.Model;

/// <summary>A composite score with everything needed to explain and replay it.</summary>
/// <param name="Score">0–100, null when no component was present.</param>
/// <param name="Missing">Keys of the components that had no input at all.</param>
public sealed record ScoreResult(
    string ModelVersion,
    double? Score,
    Regime Regime,
    IReadOnlyList<ComponentScore> Components,
    IReadOnlyList<string> Missing,
    string Explanation)
{
    public string RegimeLabel => Regimes.Label(Regime);
}
