namespace AltSeason.EventStore.Events;

/// <summary>A stored name for a CLR event type; <paramref name="Version"/> is the current shape of its JSON.</summary>
public sealed record EventType(string Name, int Version, Type ClrType);
