namespace AltSeason.EventStore.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so "as of" queries have exact, known boundaries.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}
