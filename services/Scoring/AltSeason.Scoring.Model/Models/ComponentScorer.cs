namespace AltSeason.Scoring.Model;

/// <summary>Turns a component's scored inputs into its sub-score and applied weight.</summary>
internal static class ComponentScorer
{
    public static ComponentScore Score(ComponentDefinition definition, IReadOnlyList<InputScore> inputs, double presentWeight)
    {
        var present = inputs.Where(i => i.Points.HasValue).ToList();
        if (present.Count == 0)
            return new ComponentScore(definition.Key, definition.Name, definition.Weight, 0, null, false, inputs,
                $"{definition.Name}: missing (no input had a value); its weight {definition.Weight:0.##} is shared among the present components.");

        var subScore = Math.Clamp(present.Sum(i => i.Weight * i.Points!.Value) / present.Sum(i => i.Weight), 0, 100);
        var applied = 100 * definition.Weight / presentWeight;
        return new ComponentScore(definition.Key, definition.Name, definition.Weight, applied, subScore, true, inputs,
            ScoreExplanation.Component(definition, subScore, applied, inputs));
    }
}
