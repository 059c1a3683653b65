using AltSeason.Contracts.V1;

namespace AltSeason.Scoring.Dashboard.Markets;

/// <summary>Finds a named value in a family's evaluation, with or without the family prefix (<c>equities.rs_ratio</c>).</summary>
internal static class SignalLookup
{
    public static SignalValue? Find(SignalsEvaluation evaluation, string name) =>
        evaluation.Values.FirstOrDefault(v => v.Name == name)
        ?? evaluation.Values.FirstOrDefault(v => v.Name == $"{evaluation.Family}.{name}");

    public static double? Number(SignalsEvaluation evaluation, string name) =>
        Find(evaluation, name) is { HasValue: true } v && double.IsFinite(v.Value) ? v.Value : null;

    public static string? Text(SignalsEvaluation evaluation, string name) =>
        Find(evaluation, name) is { Text.Length: > 0 } v ? v.Text : null;
}
