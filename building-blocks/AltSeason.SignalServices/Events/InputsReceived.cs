namespace AltSeason.SignalServices.Events;

/// <summary>
/// The family's own copy of new or revised rows of one series (stream <c>inputs/&lt;series&gt;</c>), with where
/// they came from. Hash-chained like every event, so (stream, version, hash) pins all inputs up to it.
/// </summary>
public sealed record InputsReceived(
    string Series,
    Guid IngestionId,
    string Source,
    string FileName,
    string ContentSha256,
    string UpstreamStreamId,
    long UpstreamVersion,
    string UpstreamSha256,
    IReadOnlyList<InputColumn> Fields);

/// <summary>All received values of one field: <c>Timestamps[i]</c> goes with <c>Values[i]</c>.</summary>
public sealed record InputColumn(string Field, IReadOnlyList<DateTimeOffset> Timestamps, IReadOnlyList<double> Values);
