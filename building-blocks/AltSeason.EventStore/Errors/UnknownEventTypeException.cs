namespace AltSeason.EventStore.Errors;

/// <summary>A stored event whose type name (or type version) this process has no registration or upcaster for.</summary>
public sealed class UnknownEventTypeException(string typeName, int typeVersion, string streamId, long version, string reason)
    : EventStoreException(
        $"Event '{typeName}' v{typeVersion} at stream '{streamId}' version {version} cannot be read: {reason}")
{
    public string TypeName { get; } = typeName;
    public int TypeVersion { get; } = typeVersion;
    public string StreamId { get; } = streamId;
    public long Version { get; } = version;
}
