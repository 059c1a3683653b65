using AltSeason.SignalServices.Processing;

namespace AltSeason.Scoring;

/// <summary>Settings of the Scoring service, bound from the <c>Scoring</c> configuration section.</summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    /// <summary>The schema this service owns (events, read models, inbox, outbox).</summary>
    public const string Schema = "scoring";

    /// <summary>
    /// A signal service announces a backfill as thousands of evaluation messages. Scoring gathers them until they stop
    /// for a moment and scores each affected date once per batch, instead of once per message (and again for each
    /// family arriving a little later).
    /// </summary>
    public static CoalescingOptions Coalescing { get; } = new(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5), 1000);

    /// <summary>
    /// A family's evaluation stays usable this many days after its as-of date, so a Saturday score uses Friday's
    /// equities; older than that, the component counts as missing.
    /// </summary>
    public int StalenessDays { get; set; } = 5;

    /// <summary>How long to wait for a signal service when asking for a component Scoring lacks.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>After a signal service failed to answer, Scoring stops asking it for this long (messages still flow).</summary>
    public TimeSpan FetchCoolDown { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often Scoring asks services that were down for the ranges it had to score without them.</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often WatchScores looks for newly committed evaluations.</summary>
    public TimeSpan WatchPollInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
