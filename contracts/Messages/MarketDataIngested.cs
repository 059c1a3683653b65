namespace AltSeason.Contracts.Messages;

/// <summary>
/// Published by Ingestion (through its outbox) when one accepted file or payload added or revised observations.
/// Carries only the rows that are new or changed, so consumers re-evaluate just the dates they can affect;
/// one message per import, so a 50-coin file costs a consumer one evaluation, not fifty.
/// </summary>
/// <param name="IngestionId">Unique per import; also the idempotency key consumers record in their inbox.</param>
/// <param name="Source">Format id the rows were parsed from (e.g. <c>yahoo-csv</c>).</param>
/// <param name="ContentSha256">SHA-256 (lower-case hex) of the whole file as received.</param>
public sealed record MarketDataIngested(
    Guid IngestionId,
    string FileName,
    string Source,
    string ContentSha256,
    DateTimeOffset RecordedAt,
    IReadOnlyList<SeriesChange> Series);

/// <summary>The new or revised rows of one series, columnar to keep large backfills small on the wire.</summary>
/// <param name="Series">Platform series name (<see cref="AltSeason.TimeSeries.SeriesNames"/>).</param>
/// <param name="StreamId">Ingestion's event stream holding these rows, and the version/hash of that event.</param>
/// <param name="ChangedFrom">Earliest date among the rows (UTC calendar date).</param>
/// <param name="ChangedTo">Latest date among the rows.</param>
public sealed record SeriesChange(
    string Series,
    string StreamId,
    long StreamVersion,
    string EventSha256,
    DateOnly ChangedFrom,
    DateOnly ChangedTo,
    IReadOnlyList<FieldColumn> Fields);

/// <summary>All changed values of one field: <c>Timestamps[i]</c> goes with <c>Values[i]</c>.</summary>
public sealed record FieldColumn(string Field, IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Values);
