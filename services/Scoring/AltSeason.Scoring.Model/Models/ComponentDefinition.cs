namespace AltSeason.Scoring.Model;

/// <summary>A component of the score: its weight and the inputs averaged into its sub-score.</summary>
public sealed record ComponentDefinition(string Key, string Name, double Weight, IReadOnlyList<InputDefinition> Inputs);
