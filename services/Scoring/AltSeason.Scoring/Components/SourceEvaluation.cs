namespace AltSeason.Scoring.Components;

/// <summary>Where the owning signal service stored the evaluation a component copies: enough to find and verify it there.</summary>
public sealed record SourceEvaluation(string StreamId, long StreamVersion, string EventSha256, DateTimeOffset RecordedAt);
