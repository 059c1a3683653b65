using AltSeason.Scoring.Components;

namespace AltSeason.Scoring.Evaluation;

/// <summary>
/// One composite score for one market date (stream <c>score/&lt;model&gt;/&lt;date&gt;</c>). Holds no clock value,
/// so replaying it from <see cref="Inputs"/> with <see cref="ModelVersion"/> gives the same bytes.
/// </summary>
/// <param name="Score">0–100, null when no component had data.</param>
/// <param name="Regime"><c>altcoin_season</c>, <c>building</c>, <c>neutral</c>, <c>bitcoin_season</c> or <c>undetermined</c>.</param>
/// <param name="Missing">Keys of the model components that had no data.</param>
/// <param name="Inputs">The component events used, one per family present, ordered by family.</param>
/// <param name="InputsSha256">SHA-256 over <see cref="Inputs"/> (see <see cref="InputsHash"/>).</param>
public sealed record ScoreEvaluated(
    DateOnly AsOf,
    string ModelVersion,
    string CodeVersion,
    double? Score,
    string Regime,
    IReadOnlyList<string> Missing,
    IReadOnlyList<ScoredComponent> Components,
    string Explanation,
    IReadOnlyList<ComponentReference> Inputs,
    string InputsSha256);
