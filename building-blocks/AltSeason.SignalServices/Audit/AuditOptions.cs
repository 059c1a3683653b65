namespace AltSeason.SignalServices.Audit;

/// <summary>How the audit API of one service names its streams and how much it reports.</summary>
public sealed class AuditOptions
{
    /// <summary>
    /// The stream holding what a family (or "score") said about a market date, for AsOf requests that give a
    /// family and date instead of a stream id. Null = the family is unknown to this service. Signal services
    /// use the default <c>&lt;family&gt;/&lt;yyyy-MM-dd&gt;</c>; Scoring maps "score" to <c>score/v1/&lt;date&gt;</c>.
    /// </summary>
    public Func<string, DateOnly, string?> StreamForDate { get; set; } = (family, date) => $"{family}/{date:yyyy-MM-dd}";

    /// <summary>Replay reports at most this many differences in detail (the count is always exact).</summary>
    public int MaxReportedDifferences { get; set; } = 1000;

    /// <summary>
    /// The tables the service's inline projections keep, which the admin-only Rebuild recomputes from the events.
    /// Null = the service declares none, and Rebuild answers FAILED_PRECONDITION.
    /// </summary>
    public EventStore.Projections.InlineRebuildOptions? ReadModel { get; set; }
}
