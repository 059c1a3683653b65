using AltSeason.Ingestion.Formats.Collecting;
using AltSeason.Ingestion.Formats.Values;

namespace AltSeason.Ingestion.Formats.Csv;

/// <summary>Everything the CSV engine needs to turn rows of one file into observations.</summary>
/// <param name="SeriesTemplate">A fixed name (<c>equity/rut</c>) or one with column placeholders (<c>coin/{id}</c>).</param>
/// <param name="MissingMarkers">Cells meaning "no value" (Yahoo's <c>null</c>, FRED's <c>.</c>); the field is left out.</param>
/// <param name="Constants">Values added to every row, e.g. the funding interval a file implies.</param>
sealed record CsvLayout(
    string DateColumn,
    string? DateFormat,
    TimestampRule Rule,
    IReadOnlyList<CsvColumn> Columns,
    string SeriesTemplate,
    IReadOnlyList<string> MissingMarkers,
    IReadOnlyList<FieldValue>? Constants = null);
