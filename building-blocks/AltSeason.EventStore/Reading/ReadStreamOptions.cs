namespace AltSeason.EventStore.Reading;

public enum ReadDirection { Forward, Backward }

/// <summary>
/// Which slice of a stream to read: versions <see cref="FromVersion"/>..<see cref="ToVersion"/> (inclusive),
/// only events recorded at or before <see cref="AsOf"/>, in either direction, at most <see cref="MaxCount"/>.
/// </summary>
public sealed record ReadStreamOptions
{
    public static ReadStreamOptions All { get; } = new();

    public long FromVersion { get; init; } = 1;
    public long? ToVersion { get; init; }
    public DateTimeOffset? AsOf { get; init; }
    public ReadDirection Direction { get; init; } = ReadDirection.Forward;
    public int? MaxCount { get; init; }
}
