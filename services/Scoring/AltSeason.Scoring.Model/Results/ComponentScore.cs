namespace AltSeason.Scoring.Model;

/// <summary>One component of a score.</summary>
/// <param name="ConfiguredWeight">Weight in the model definition.</param>
/// <param name="AppliedWeight">
/// Weight actually used, in percent of the total: configured weight ÷ sum of configured weights of the present
/// components × 100; 0 when missing. Present components' applied weights sum to 100.
/// </param>
/// <param name="SubScore">Weighted mean of the points of the present inputs, 0–100; null when missing.</param>
public sealed record ComponentScore(
    string Key,
    string Name,
    double ConfiguredWeight,
    double AppliedWeight,
    double? SubScore,
    bool Present,
    IReadOnlyList<InputScore> Inputs,
    string Explanation);
