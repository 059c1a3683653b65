using System.Globalization;

namespace AltSeason.Ingestion.Formats.Values;

/// <summary>Reads numbers the way vendors write them: invariant culture, exponent allowed, never NaN or infinity.</summary>
static class Numbers
{
    const NumberStyles Style = NumberStyles.Float;

    /// <returns>Null when <paramref name="value"/> holds a finite number, else why the text is not one.</returns>
    public static string? TryParse(ReadOnlySpan<char> text, out double value)
    {
        var trimmed = text.Trim();
        if (!double.TryParse(trimmed, Style, CultureInfo.InvariantCulture, out value))
            return trimmed.Contains(',') && !trimmed.Contains('.')
                ? $"'{Shorten(trimmed)}' is not a number (use '.' as the decimal separator)"
                : $"'{Shorten(trimmed)}' is not a number";
        if (double.IsNaN(value)) return "NaN is not a value; leave the cell empty when there is no value";
        if (double.IsInfinity(value)) return $"'{Shorten(trimmed)}' is infinite";
        return null;
    }

    public static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : $"{text[..40]}…";
}
