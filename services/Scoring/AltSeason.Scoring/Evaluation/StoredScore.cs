namespace AltSeason.Scoring.Evaluation;

/// <summary>A score event as stored: the evaluation and where it sits in the hash chain.</summary>
public sealed record StoredScore(ScoreEvaluated Score, string StreamId, long Version, string Sha256, DateTimeOffset RecordedAt);
