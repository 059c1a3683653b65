namespace AltSeason.EventStore.Projections;

public sealed class ProjectionDaemonOptions
{
    public int BatchSize { get; set; } = 500;

    /// <summary>How long an idle runner waits before looking for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a daemon that is not the leader retries taking the projection's lock.</summary>
    public TimeSpan LeaderRetryInterval { get; set; } = TimeSpan.FromSeconds(1);
}
