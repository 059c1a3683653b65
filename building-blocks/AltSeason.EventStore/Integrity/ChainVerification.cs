namespace AltSeason.EventStore.Integrity;

/// <summary>Where the hash chain first fails: the stream, the version and why.</summary>
public sealed record ChainBreak(string StreamId, long Version, string Reason);

public sealed record ChainVerification(long EventsChecked, ChainBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}
