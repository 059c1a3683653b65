namespace AltSeason.EventStore.Appending;

/// <summary>What the writer believes about the stream before appending: anything, absent, or at an exact version.</summary>
public readonly record struct ExpectedVersion
{
    const long AnyCode = -2;
    const long NoStreamCode = -1;

    ExpectedVersion(long code) => Code = code;

    /// <summary>The value the append function understands: -2 any, -1 no stream, n exact.</summary>
    internal long Code { get; }

    public static ExpectedVersion Any { get; } = new(AnyCode);
    public static ExpectedVersion NoStream { get; } = new(NoStreamCode);

    /// <summary>The stream must be at exactly this version; 0 means it must not exist yet.</summary>
    public static ExpectedVersion Exactly(long version) =>
        version >= 0 ? new(version) : throw new ArgumentOutOfRangeException(nameof(version), version, "A stream version is 0 or more.");

    public override string ToString() => Code switch
    {
        AnyCode => "any",
        NoStreamCode => "no stream",
        _ => Code.ToString(),
    };
}
