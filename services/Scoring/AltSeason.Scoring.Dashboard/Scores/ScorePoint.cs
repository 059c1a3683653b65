using AltSeason.Contracts.V1;

namespace AltSeason.Scoring.Dashboard.Scores;

/// <summary>One point of the score-over-time chart.</summary>
public sealed record ScorePoint(string Date, double Score, string Regime, string ModelVersion)
{
    internal static ScorePoint From(ScoreEvaluation e) => new(DashboardDates.Format(e.AsOf), e.ScorePoints, e.Regime, e.ModelVersion);
}
