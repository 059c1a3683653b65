using AltSeason.TimeSeries;

namespace AltSeason.Scoring.Model;

/// <summary>
/// Maps the flat signals other services publish onto a model's named inputs, using each input's
/// <see cref="SignalReference"/>. A signal that is absent or has a null value leaves its input absent.
/// </summary>
public static class SignalInputs
{
    /// <param name="signalsByFamily">Signals of one as-of date, keyed by family (<c>equities</c>, <c>derivatives</c>, <c>onchain</c>).</param>
    public static ScoreInputs From(ScoreModel model, IReadOnlyDictionary<string, IReadOnlyList<SignalValue>> signalsByFamily)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(signalsByFamily);
        var values = new Dictionary<string, double?>();
        foreach (var input in model.Components.SelectMany(c => c.Inputs))
        {
            if (!signalsByFamily.TryGetValue(input.Signal.Family, out var signals)) continue;
            values[input.Key] = signals.LastOrDefault(s => s.Name == input.Signal.Name)?.Value;
        }
        return ScoreInputs.FromNamedValues(values);
    }
}
