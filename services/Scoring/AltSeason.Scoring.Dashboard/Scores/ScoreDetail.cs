using AltSeason.Contracts.V1;

namespace AltSeason.Scoring.Dashboard.Scores;

/// <summary>A date's score taken apart for the components panel.</summary>
public sealed record ScoreDetail(
    string Date,
    double Score,
    string Regime,
    string ModelVersion,
    string Explanation,
    IReadOnlyList<string> Missing,
    IReadOnlyList<ComponentDetail> Components)
{
    internal static ScoreDetail From(ScoreEvaluation e) => new(
        DashboardDates.Format(e.AsOf), e.ScorePoints, e.Regime, e.ModelVersion, e.Explanation,
        [.. e.MissingComponents], [.. e.Components.Select(ComponentDetail.From)]);
}

/// <param name="Contribution">Points the component added to the score: sub-score × effective weight / 100.</param>
public sealed record ComponentDetail(
    string Name,
    double WeightPercent,
    double EffectiveWeightPercent,
    double SubScore,
    double Contribution,
    bool Present,
    string Explanation,
    IReadOnlyList<InputDetail> Inputs)
{
    internal static ComponentDetail From(ScoreComponent c) => new(
        c.Name, c.WeightPercent, c.EffectiveWeightPercent, c.SubScorePoints,
        c.SubScorePoints * c.EffectiveWeightPercent / 100, c.Present, c.Explanation,
        [.. c.Inputs.Select(i => new InputDetail(i.Name, i.HasValue ? i.Value : null, i.Unit, i.Text))]);
}

public sealed record InputDetail(string Name, double? Value, string Unit, string Text);
