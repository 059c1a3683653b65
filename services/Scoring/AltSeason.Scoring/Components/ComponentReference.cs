namespace AltSeason.Scoring.Components;

/// <summary>
/// The component event a score used (in Scoring's store) and the family evaluation it copies (in the family's store).
/// A score records one per family it used; replay resolves them back to the values.
/// </summary>
public sealed record ComponentReference(
    string Family,
    DateOnly AsOf,
    string StreamId,
    long StreamVersion,
    string EventSha256,
    string SourceStreamId,
    long SourceStreamVersion,
    string SourceEventSha256);
