namespace AltSeason.AppHost.Hosting;

/// <summary>Settings tests change: a private data folder, no fsync, and only the AppHost's own log lines.</summary>
public sealed record DistributedApplicationOptions
{
    public string? DataDirectory { get; init; }
    public bool Durable { get; init; } = true;
    public bool QuietServices { get; init; }
}
