using System.Globalization;
using System.Text;

namespace AltSeason.Scoring.Model;

/// <summary>Human-readable sentences for a component and for the whole score. Numbers are invariant-culture.</summary>
internal static class ScoreExplanation
{
    public static string Component(ComponentDefinition definition, double subScore, double appliedWeight, IReadOnlyList<InputScore> inputs)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{definition.Name}: {subScore:0.0}/100 (weight {definition.Weight:0.##}, applied {appliedWeight:0.##}%). ");
        var parts = inputs.Select(i => i.Value is { } v
            ? $"{i.Name} = {Format(v, i.Unit)} → {i.Points:0.0} ({i.MappingDescription})"
            : $"{i.Name}: no data");
        text.Append(string.Join("; ", parts)).Append('.');
        return text.ToString();
    }

    public static string Overall(string version, double? score, Regime regime, IReadOnlyList<ComponentScore> components)
    {
        var present = components.Where(c => c.Present).ToList();
        if (score is not { } s)
            return $"Model {version}: no component had data, so no score and no regime.";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Model {version}: score {s:0.0} → {Regimes.Label(regime)} ({Regimes.Band(regime)}), the weighted mean of {present.Count} of {components.Count} components.");
        var missing = components.Where(c => !c.Present).ToList();
        if (missing.Count > 0)
            text.Append(CultureInfo.InvariantCulture,
                $" Missing: {string.Join(", ", missing.Select(m => m.Name))}; their weight ({missing.Sum(m => m.ConfiguredWeight):0.##}) is shared among the present components in proportion to their own.");
        var strongest = present.OrderByDescending(c => c.SubScore).ThenBy(c => c.Key, StringComparer.Ordinal).First();
        var weakest = present.OrderBy(c => c.SubScore).ThenBy(c => c.Key, StringComparer.Ordinal).First();
        text.Append(CultureInfo.InvariantCulture,
            $" Strongest: {strongest.Name} ({strongest.SubScore:0.0}); weakest: {weakest.Name} ({weakest.SubScore:0.0}).");
        return text.ToString();
    }

    static string Format(double value, string unit) => unit switch
    {
        Units.Flag => value >= 0.5 ? "yes" : "no",
        Units.Percent => string.Create(CultureInfo.InvariantCulture, $"{value:0.##}%"),
        Units.PercentagePoints => string.Create(CultureInfo.InvariantCulture, $"{value:+0.##;-0.##;0} pp"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{value:0.####} {unit}"),
    };
}
