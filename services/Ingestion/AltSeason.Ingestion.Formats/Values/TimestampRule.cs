namespace AltSeason.Ingestion.Formats.Values;

/// <summary>How a parsed instant becomes the observation's timestamp.</summary>
public enum TimestampRule
{
    /// <summary>Keep the instant; a date without time means midnight UTC of that date (daily data).</summary>
    AsGiven,

    /// <summary>Drop the time of day: the value belongs to the UTC calendar date it was stamped on.</summary>
    UtcCalendarDate,

    /// <summary>
    /// A snapshot of a running total (market-wide metrics taken once a day) belongs to the UTC date of
    /// (snapshot − 12 h): CoinMarketCap's ~01:45 UTC snapshot on D+1 is day D's close, and a 23:59 snapshot
    /// on D is D's close too. One rule, applied to every snapshot-stamped global-metrics file.
    /// </summary>
    SnapshotOfPreviousClose,
}
