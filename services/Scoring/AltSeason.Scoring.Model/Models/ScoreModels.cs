namespace AltSeason.Scoring.Model;

/// <summary>
/// Every score model ever published, by version. Models are never edited or removed: a stored evaluation names
/// its version and replays with exactly that model.
/// </summary>
public static class ScoreModels
{
    public static IReadOnlyList<ScoreModel> All { get; } = [ScoreModelV1.Model];

    /// <summary>The model new evaluations use.</summary>
    public static ScoreModel Latest => All[^1];

    public static ScoreModel Get(string version) =>
        All.FirstOrDefault(m => string.Equals(m.Version, version, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownScoreModelException(version, All.Select(m => m.Version));
}
