namespace AltSeason.EventStore.Outbox;

public sealed class OutboxRelayOptions
{
    public int BatchSize { get; set; } = 100;

    /// <summary>Fallback poll; appends also NOTIFY the relay so it usually wakes at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A publish that has not been confirmed by then counts as failed and is retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// In a host, a relay that has failed to publish for this long stops the application so its supervisor restarts
    /// it with a fresh connection to the broker.
    /// </summary>
    public TimeSpan RestartAfterFailingFor { get; set; } = TimeSpan.FromSeconds(60);
}
