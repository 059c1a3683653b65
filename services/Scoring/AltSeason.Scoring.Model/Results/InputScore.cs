namespace AltSeason.Scoring.Model;

/// <summary>One input as the model used it: its value, the mapping (as data) and the points it gave.</summary>
/// <param name="Value">The input value, null when absent.</param>
/// <param name="Points">Mapping applied to the value, 0–100; null when absent.</param>
public sealed record InputScore(
    string Key,
    string Name,
    SignalReference Signal,
    string Unit,
    double? Value,
    double? Points,
    LinearMapping Mapping,
    string MappingDescription,
    double Weight);
