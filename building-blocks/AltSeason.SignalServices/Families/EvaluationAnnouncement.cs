using AltSeason.TimeSeries;

namespace AltSeason.SignalServices.Families;

/// <summary>What every family's evaluation message carries; the family picks its own message type.</summary>
public sealed record EvaluationAnnouncement(
    string Family, DateOnly AsOf, IReadOnlyList<SignalValue> Values, string ModelVersion, string CodeVersion,
    string InputsSha256, string StreamId, long StreamVersion, string EventSha256, DateTimeOffset RecordedAt);
