namespace AltSeason.Scoring.Model;

/// <summary>A score model definition is inconsistent (duplicate key, bad weight or mapping); names where.</summary>
public sealed class ScoreModelDefinitionException(string where, string problem)
    : InvalidOperationException($"Score model definition, {where}: {problem}.")
{
    public string Where { get; } = where;
}
