namespace AltSeason.Scoring.Evaluation;

/// <summary>Where the stored score of one date stands (its stream's version and last hash) and its result hash.</summary>
public sealed record ScoreHead(DateOnly AsOf, long Version, string Sha256, string ResultSha256);
