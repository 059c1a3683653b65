using AltSeason.EventStore.Appending;

namespace AltSeason.EventStore.Errors;

/// <summary>Another writer appended to the stream first; nothing of this append was written.</summary>
public sealed class ConcurrencyException(string streamId, ExpectedVersion expected, long actualVersion, Exception? inner = null)
    : EventStoreException(
        $"Stream '{streamId}': expected version {expected} but the stream is at version {actualVersion}.", inner)
{
    public string StreamId { get; } = streamId;
    public ExpectedVersion Expected { get; } = expected;
    public long ActualVersion { get; } = actualVersion;
}
