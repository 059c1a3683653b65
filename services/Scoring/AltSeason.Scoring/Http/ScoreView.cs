using AltSeason.Scoring.Evaluation;

namespace AltSeason.Scoring.Http;

/// <summary>A recorded score as JSON for people and the dashboard: the evaluation plus where it is stored.</summary>
public sealed record ScoreView(
    DateOnly AsOf,
    double? Score,
    string Regime,
    string ModelVersion,
    IReadOnlyList<string> Missing,
    IReadOnlyList<ScoredComponent> Components,
    string Explanation,
    string CodeVersion,
    string InputsSha256,
    string StreamId,
    long StreamVersion,
    string EventSha256,
    DateTimeOffset RecordedAt)
{
    public static ScoreView From(StoredScore stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var s = stored.Score;
        return new(s.AsOf, s.Score, s.Regime, s.ModelVersion, s.Missing, s.Components, s.Explanation, s.CodeVersion, s.InputsSha256,
            stored.StreamId, stored.Version, stored.Sha256, stored.RecordedAt);
    }
}
