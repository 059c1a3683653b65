namespace AltSeason.LocalInfrastructure;

/// <summary>How <see cref="LocalServers"/> gets PostgreSQL and RabbitMQ.</summary>
public sealed record LocalServersOptions
{
    /// <summary>Private folder for the servers' data; created when missing. Defaults to <c>.data/local</c> in the repository.</summary>
    public string? DataDirectory { get; init; }

    public bool Postgres { get; init; } = true;
    public bool RabbitMq { get; init; } = true;

    /// <summary>
    /// When true, <c>ConnectionStrings__eventstore</c> / <c>ConnectionStrings__messaging</c> (if set) name servers to use
    /// instead of starting local ones. Tests that stop and start servers turn this off.
    /// </summary>
    public bool UseConfiguredServers { get; init; } = true;

    /// <summary>fsync and full-page writes on: keep for the platform, turn off for throwaway test data.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>The database the connection string points at; created when missing.</summary>
    public string Database { get; init; } = "altseason";

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where the servers' own output goes, line by line (null: discarded).</summary>
    public Action<string, string>? Log { get; init; }
}
