namespace AltSeason.Scoring.Model;

/// <summary>
/// A versioned composite score: the weighted mean of component sub-scores, each the weighted mean of its inputs
/// mapped to 0–100. A pure, deterministic function of (inputs, version): no clock, no I/O, fixed iteration order,
/// so a stored evaluation replays to the same result with the model version it names.
/// </summary>
public sealed record ScoreModel
{
    public ScoreModel(string version, string description, IReadOnlyList<ComponentDefinition> components)
    {
        Version = version;
        Description = description;
        Components = components;
        Validate();
    }

    public string Version { get; }
    public string Description { get; }
    public IReadOnlyList<ComponentDefinition> Components { get; }

    public ScoreResult Evaluate(ScoreInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Evaluate(inputs.ToNamedValues());
    }

    /// <summary>Evaluates named inputs (<see cref="ScoreInputKeys"/>); keys the model does not read are ignored.</summary>
    public ScoreResult Evaluate(IReadOnlyDictionary<string, double?> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var scored = Components.Select(c => (Definition: c, Inputs: ScoreInputsOf(c, inputs))).ToList();
        var presentWeight = scored.Where(s => s.Inputs.Any(i => i.Points.HasValue)).Sum(s => s.Definition.Weight);

        var components = scored.Select(s => ComponentScorer.Score(s.Definition, s.Inputs, presentWeight)).ToList();
        double? score = null;
        if (presentWeight > 0)
        {
            var weighted = components.Where(c => c.Present).Sum(c => c.ConfiguredWeight * c.SubScore!.Value);
            // Rounding can push a weighted mean of 100s a hair past 100; the scale is 0–100.
            score = Math.Clamp(weighted / presentWeight, 0, 100);
        }
        var missing = components.Where(c => !c.Present).Select(c => c.Key).ToList();
        var regime = Regimes.Of(score);
        return new ScoreResult(Version, score, regime, components, missing, ScoreExplanation.Overall(Version, score, regime, components));
    }

    static List<InputScore> ScoreInputsOf(ComponentDefinition component, IReadOnlyDictionary<string, double?> inputs) =>
        component.Inputs.Select(d =>
        {
            double? value = inputs.TryGetValue(d.Key, out var v) ? v : null;
            if (value is { } x && !double.IsFinite(x)) throw new ScoreInputException(d.Key, x);
            return new InputScore(d.Key, d.Name, d.Signal, d.Unit, value, value is { } y ? d.Mapping.Map(y) : null,
                d.Mapping, d.Mapping.Describe(), d.Weight);
        }).ToList();

    void Validate()
    {
        if (string.IsNullOrWhiteSpace(Version)) throw new ScoreModelDefinitionException("version", "must not be empty");
        if (Components.Count == 0) throw new ScoreModelDefinitionException(Version, "has no components");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Components)
        {
            if (!keys.Add(c.Key)) throw new ScoreModelDefinitionException(c.Key, "component key is used twice");
            if (!(c.Weight > 0) || !double.IsFinite(c.Weight)) throw new ScoreModelDefinitionException(c.Key, $"weight must be positive, got {c.Weight}");
            if (c.Inputs.Count == 0) throw new ScoreModelDefinitionException(c.Key, "component has no inputs");
            foreach (var i in c.Inputs)
            {
                if (!keys.Add(i.Key)) throw new ScoreModelDefinitionException(i.Key, "input key is used twice");
                if (!(i.Weight > 0) || !double.IsFinite(i.Weight)) throw new ScoreModelDefinitionException(i.Key, $"weight must be positive, got {i.Weight}");
                i.Mapping.Validate(i.Key);
            }
        }
    }
}
