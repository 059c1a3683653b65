using System.Text.Json;
using AltSeason.SignalServices.Events;

namespace AltSeason.SignalServices.Replay;

/// <summary>The stored property names of a header, as the store's JSON options write them and match them when reading.</summary>
internal sealed record HeaderNames(string AsOf, string ModelVersion, string Parameters, string Inputs, string InputsSha256, string Values, StringComparison Comparison)
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonSerializerOptions, HeaderNames> Cache = [];

    public bool Is(string name, string expected) => string.Equals(name, expected, Comparison);

    public static HeaderNames For(JsonSerializerOptions options) => Cache.GetValue(options, o =>
    {
        string Name(string clrName) => o.PropertyNamingPolicy?.ConvertName(clrName) ?? clrName;
        return new HeaderNames(Name(nameof(SignalsEvaluated.AsOf)), Name(nameof(SignalsEvaluated.ModelVersion)), Name(nameof(SignalsEvaluated.Parameters)),
            Name(nameof(SignalsEvaluated.Inputs)), Name(nameof(SignalsEvaluated.InputsSha256)), Name(nameof(SignalsEvaluated.Values)),
            o.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    });
}
