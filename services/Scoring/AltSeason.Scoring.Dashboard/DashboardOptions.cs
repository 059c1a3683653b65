namespace AltSeason.Scoring.Dashboard;

/// <summary>
/// Where the dashboard reads from. Null addresses come from configuration: <c>services__&lt;name&gt;__grpc__0</c>,
/// and for Scoring itself (the host serving the page) also its own <c>Kestrel__Endpoints__grpc__Url</c>.
/// </summary>
public sealed class DashboardOptions
{
    public Uri? ScoringAddress { get; set; }

    public Uri? EquitiesAddress { get; set; }

    public Uri? OnChainAddress { get; set; }

    /// <summary>How long one gRPC read may take before the page is told the source is unavailable.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Pause before the live feed re-subscribes after Scoring's stream ended or failed.</summary>
    public TimeSpan LiveRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Authorization policy the browser-facing <c>/dashboard/api/</c> needs (Scoring sets <c>score:read</c>);
    /// null leaves the host's default. The page and its script and styles are always public: they hold no data.
    /// </summary>
    public string? ApiPolicy { get; set; }

    /// <summary>Serves <c>/dashboard/api/</c> without a token (local runs: <c>Auth__Dashboard__Public=true</c>).</summary>
    public bool PublicApi { get; set; }
}
