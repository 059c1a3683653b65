namespace AltSeason.TimeSeries.Statistics;

/// <summary>
/// The as-of dates (inclusive) whose evaluation a change to one input date can alter. Windows decide it:
/// a running maximum reaches every later date, a rolling window of N sessions reaches N sessions on.
/// </summary>
public sealed record AffectedDateRange(DateOnly From, DateOnly Through)
{
    public bool Contains(DateOnly date) => date >= From && date <= Through;

    /// <summary>The union of two ranges as the smallest range covering both.</summary>
    public static AffectedDateRange? Cover(AffectedDateRange? a, AffectedDateRange? b) =>
        a is null ? b
        : b is null ? a
        : new(a.From < b.From ? a.From : b.From, a.Through > b.Through ? a.Through : b.Through);
}
