namespace AltSeason.Scoring.Model;

/// <summary>One numeric input of a component: where it comes from and how it turns into points.</summary>
/// <param name="Key">Input key in <see cref="ScoreInputs"/>, see <see cref="ScoreInputKeys"/>.</param>
/// <param name="Signal">The published signal the Scoring service maps onto this input.</param>
/// <param name="Rationale">Why the direction and anchors are what they are.</param>
/// <param name="Weight">Weight within its component (inputs are averaged by these).</param>
public sealed record InputDefinition(string Key, string Name, SignalReference Signal, string Unit, LinearMapping Mapping, string Rationale, double Weight = 1);
