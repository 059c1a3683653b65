using AltSeason.Ingestion.Formats.Csv;

namespace AltSeason.Ingestion.Importing;

/// <summary>
/// Turns the API's flat <c>column_mapping</c> into a <see cref="ColumnMapping"/>. Keys are platform names: a field
/// (<c>close</c>, <c>market_cap_usd</c>, ...) maps to the file's column; the reserved keys <c>date</c>,
/// <c>date_format</c>, <c>series</c>, <c>delimiter</c> and <c>preset</c> describe the rest. A preset is a starting
/// point the other keys override. The parser then checks the result (unknown fields, bad series names).
/// </summary>
public static class ColumnMappingRequest
{
    public const string DateKey = "date";
    public const string DateFormatKey = "date_format";
    public const string SeriesKey = "series";
    public const string DelimiterKey = "delimiter";
    public const string PresetKey = "preset";

    static readonly string[] Reserved = [DateKey, DateFormatKey, SeriesKey, DelimiterKey, PresetKey];

    public static IReadOnlyList<string> Presets { get; } = ["daily-bars", "coingecko-markets", "cmc-global"];

    public static ColumnMapping? ToMapping(IReadOnlyDictionary<string, string>? map, string? seriesOverride)
    {
        if (map is null || map.Count == 0) return null;
        var entries = map.ToDictionary(e => e.Key.Trim().ToLowerInvariant(), e => e.Value.Trim(), StringComparer.Ordinal);
        var series = Value(entries, SeriesKey) ?? seriesOverride;
        var start = Value(entries, PresetKey) is { } preset ? Preset(preset, series) : null;

        var fields = new Dictionary<string, string>(start?.Fields ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var (field, column) in entries.Where(e => !Reserved.Contains(e.Key)))
        {
            if (column.Length == 0) throw new InvalidImportRequestException($"column_mapping['{field}'] names no column.");
            foreach (var existing in fields.Where(f => f.Value == field).Select(f => f.Key).ToArray()) fields.Remove(existing);
            fields[column] = field;
        }

        return (start ?? new ColumnMapping { DateColumn = "", Series = "", Fields = fields }) with
        {
            DateColumn = Value(entries, DateKey) ?? start?.DateColumn
                ?? throw new InvalidImportRequestException($"column_mapping needs '{DateKey}': the name of the file's date column."),
            Series = series ?? start?.Series
                ?? throw new InvalidImportRequestException($"column_mapping needs '{SeriesKey}' (e.g. 'equity/rut' or 'coin/{{id}}'), or set the request's series."),
            Fields = fields,
            DateFormat = Value(entries, DateFormatKey) ?? start?.DateFormat,
            Delimiter = Value(entries, DelimiterKey) is { } delimiter ? Delimiter(delimiter) : start?.Delimiter ?? ',',
        };
    }

    static string? Value(Dictionary<string, string> entries, string key) =>
        entries.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    static ColumnMapping Preset(string name, string? series) => name.ToLowerInvariant() switch
    {
        "daily-bars" => ColumnMappingPresets.DailyBars(series
            ?? throw new InvalidImportRequestException($"column_mapping preset 'daily-bars' needs '{SeriesKey}' (e.g. 'equity/rut').")),
        "coingecko-markets" => ColumnMappingPresets.CoinGeckoMarkets,
        "cmc-global" => ColumnMappingPresets.CoinMarketCapGlobal,
        _ => throw new InvalidImportRequestException(
            $"column_mapping['{PresetKey}'] is '{name}', which is not a preset; presets: {string.Join(", ", Presets)}."),
    };

    static char? Delimiter(string text) => text switch
    {
        "tab" or "\\t" or "\t" => '\t',
        "auto" => null,
        { Length: 1 } => text[0],
        _ => throw new InvalidImportRequestException(
            $"column_mapping['{DelimiterKey}'] is '{text}'; give one character, 'tab' or 'auto'."),
    };
}
