namespace AltSeason.Contracts.Messages;

/// <summary>Published by Scoring when a score for an as-of date is new or changed.</summary>
public sealed record AltSeasonScoreEvaluated(
    DateOnly AsOf,
    string ModelVersion,
    double? Score,
    string Regime,
    IReadOnlyList<string> MissingComponents,
    string StreamId,
    long StreamVersion,
    string EventSha256,
    DateTimeOffset RecordedAt);
