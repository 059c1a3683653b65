using System.Text.Json;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Json;

/// <summary>A scalar JSON value kept with its line; vendors send numbers as numbers or as strings (Binance).</summary>
readonly record struct JsonScalar(JsonTokenType Kind, string Text, double Number, int Line)
{
    public bool IsMissing => Kind == JsonTokenType.Null || (Kind == JsonTokenType.String && string.IsNullOrWhiteSpace(Text));

    /// <returns>Null with the value, else why this is not a finite number.</returns>
    public string? TryGetNumber(out double value)
    {
        value = Number;
        return Kind switch
        {
            JsonTokenType.Number => double.IsNaN(Number) ? $"{Numbers.Shorten(Text)} does not fit a finite number" : null,
            JsonTokenType.String => Numbers.TryParse(Text, out value),
            JsonTokenType.Null => "the value is null",
            _ => $"expected a number, got {Kind}",
        };
    }

    /// <returns>Null with the time (Unix seconds or milliseconds, or ISO text), else why it is not one.</returns>
    public string? TryGetTime(out DateTimeOffset time)
    {
        time = default;
        if (Kind == JsonTokenType.String) return Timestamps.TryParse(Text, null, out time);
        if (TryGetNumber(out var number) is { } error) return error;
        return Timestamps.TryFromUnix(number, out time) ? null : $"{Numbers.Shorten(Text)} is not a Unix time";
    }
}
