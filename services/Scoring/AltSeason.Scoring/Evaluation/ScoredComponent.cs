namespace AltSeason.Scoring.Evaluation;

/// <summary>One model component inside a recorded score.</summary>
/// <param name="ConfiguredWeight">The model's weight for it.</param>
/// <param name="AppliedWeight">Percent of the score it carried after missing components' weight was shared out; 0 when missing.</param>
/// <param name="SubScore">0–100, null when missing.</param>
public sealed record ScoredComponent(
    string Key,
    string Name,
    string Family,
    double ConfiguredWeight,
    double AppliedWeight,
    double? SubScore,
    bool Present,
    IReadOnlyList<ScoredInput> Inputs,
    string Explanation);

/// <summary>One input of a component: the signal it read, its value and the points the mapping gave it.</summary>
public sealed record ScoredInput(string Key, string Name, string Signal, string Unit, double? Value, double? Points, string Mapping);
