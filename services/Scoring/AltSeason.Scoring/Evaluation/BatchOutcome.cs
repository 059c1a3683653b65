namespace AltSeason.Scoring.Evaluation;

/// <summary>What one batch did: components it recorded (received or fetched), dates it evaluated, scores that changed.</summary>
public sealed record BatchOutcome(int ComponentsRecorded, int DatesEvaluated, int ScoresChanged)
{
    public static BatchOutcome Nothing { get; } = new(0, 0, 0);
}
