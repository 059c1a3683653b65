namespace AltSeason.EventStore.Appending;

public sealed record StreamAppended(string StreamId, long FromVersion, long ToVersion, IReadOnlyList<long> Positions);

public sealed record AppendResult(IReadOnlyList<StreamAppended> Streams)
{
    public static AppendResult Empty { get; } = new([]);

    /// <summary>The new version of a stream written in this save (the next expected version for that writer).</summary>
    public long VersionOf(string streamId) => Streams.Last(s => s.StreamId == streamId).ToVersion;
}
