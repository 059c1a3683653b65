namespace AltSeason.Scoring.Evaluation;

public static class ScoreStreams
{
    public const string Prefix = "score/";

    /// <summary>Stream ids are lower-case; model versions are matched without regard to case.</summary>
    public static string NormalizeModel(string modelVersion) => modelVersion.ToLowerInvariant();

    public static string For(string modelVersion, DateOnly asOf) => $"{Prefix}{NormalizeModel(modelVersion)}/{asOf:yyyy-MM-dd}";
}
