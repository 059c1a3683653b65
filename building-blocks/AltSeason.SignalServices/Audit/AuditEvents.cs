using AltSeason.Contracts.V1;
using AltSeason.EventStore.Events;
using Google.Protobuf.WellKnownTypes;

namespace AltSeason.SignalServices.Audit;

/// <summary>Turns a stored event into the audit message, exactly as recorded (JSON text and hashes untouched).</summary>
internal static class AuditEvents
{
    public static AuditEvent ToAuditEvent(this RecordedEvent e, byte[]? previousHash) => new()
    {
        StreamId = e.StreamId,
        Version = e.Version,
        GlobalPosition = e.Position,
        EventType = e.EventType,
        DataJson = e.Json,
        RecordedAt = Timestamp.FromDateTimeOffset(e.RecordedAt),
        Sha256 = Convert.ToHexStringLower(e.Hash),
        PreviousSha256 = previousHash is null ? "" : Convert.ToHexStringLower(previousHash),
    };
}
