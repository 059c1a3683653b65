using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>
/// Describes any CSV well enough to import it: where the date is and how it is written, which columns fill
/// which platform <see cref="Fields"/>, and which series the rows belong to.
/// </summary>
public sealed record ColumnMapping
{
    public required string DateColumn { get; init; }

    /// <summary>A .NET date format (<c>dd.MM.yyyy</c>), <c>unix-s</c>, <c>unix-ms</c>, or null for ISO text or Unix numbers.</summary>
    public string? DateFormat { get; init; }

    public TimestampRule Timestamps { get; init; } = TimestampRule.AsGiven;

    /// <summary>Platform series name (<c>equity/rut</c>), or a template filled per row (<c>coin/{id}</c>).</summary>
    public required string Series { get; init; }

    /// <summary>Header of a column → the platform field it fills.</summary>
    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>Columns of <see cref="Fields"/> that may be absent from the header.</summary>
    public IReadOnlyList<string> OptionalColumns { get; init; } = [];

    /// <summary>Columns whose 0 means "unknown" rather than zero.</summary>
    public IReadOnlyList<string> ZeroMeansMissing { get; init; } = [];

    /// <summary>Cell delimiter; null takes the likeliest of comma, semicolon and tab from the header.</summary>
    public char? Delimiter { get; init; } = ',';

    /// <summary>Cells that mean "no value"; an empty cell always does.</summary>
    public IReadOnlyList<string> MissingMarkers { get; init; } = [];

    /// <summary>Field values added to every row, e.g. <c>funding_interval_hours = 8</c>.</summary>
    public IReadOnlyDictionary<string, double>? Constants { get; init; }

    internal CsvLayout ToLayout() => new(
        DateColumn,
        DateFormat,
        Timestamps,
        Fields.Select(f => new CsvColumn(f.Key, f.Value,
            Required: !OptionalColumns.Contains(f.Key, StringComparer.OrdinalIgnoreCase),
            ZeroMeansMissing: ZeroMeansMissing.Contains(f.Key, StringComparer.OrdinalIgnoreCase))).ToArray(),
        Series,
        MissingMarkers,
        Constants?.Select(c => new FieldValue(c.Key, c.Value)).ToArray());
}
