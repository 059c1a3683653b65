namespace AltSeason.Scoring.Model;

/// <summary>A score input cannot be used (not a finite number); names the input and the value.</summary>
public sealed class ScoreInputException(string inputKey, double value)
    : ArgumentException($"Score input '{inputKey}' is {value}; inputs must be finite numbers or absent.", inputKey)
{
    public string InputKey { get; } = inputKey;
}
