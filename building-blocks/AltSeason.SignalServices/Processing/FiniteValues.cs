using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Processing;

/// <summary>
/// The store's JSON refuses NaN and infinities; an undefined number is recorded as null (its documented meaning).
/// Replay applies the same rule, so the comparison stays byte for byte.
/// </summary>
public static class FiniteValues
{
    public static IReadOnlyList<SignalValue> Of(IReadOnlyList<SignalValue> values) =>
        values.Any(v => v.Value is { } x && !double.IsFinite(x))
            ? [.. values.Select(v => v.Value is { } x && !double.IsFinite(x) ? v with { Value = null } : v)]
            : values;
}
