namespace AltSeason.Ingestion.Observations;

/// <summary>
/// The new or revised rows one import gave for one series, stored on <c>series/&lt;series name&gt;</c>.
/// Only rows whose value differs from what was known are recorded, so a stream reads as the series' revision history.
/// </summary>
/// <param name="Source">Format id the rows were parsed from (e.g. <c>yahoo-csv</c>).</param>
/// <param name="ContentSha256">SHA-256 of the whole file as received, linking the event to the exact upload.</param>
public sealed record ObservationsIngested(
    Guid IngestionId,
    string Series,
    string Source,
    string FileName,
    string ContentSha256,
    IReadOnlyList<ObservedField> Fields);

/// <summary>The changed values of one field, columnar: <c>Timestamps[i]</c> goes with <c>Values[i]</c>.</summary>
public sealed record ObservedField(string Field, IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Values);
