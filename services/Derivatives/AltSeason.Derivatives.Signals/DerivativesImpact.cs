using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Derivatives.Signals;

/// <summary>Which as-of dates a change to one input on one date can alter.</summary>
public static class DerivativesImpact
{
    /// <summary>
    /// Every derivatives signal reads only its own date (no windows, exact-date market caps), so a change on
    /// <paramref name="changed"/> reaches that date alone. Series the family does not read reach nothing.
    /// </summary>
    public static AffectedDateRange? AffectedDates(string series, DateOnly changed)
    {
        ArgumentNullException.ThrowIfNull(series);
        var read = series.StartsWith("derivatives/", StringComparison.Ordinal) || series.StartsWith("coin/", StringComparison.Ordinal);
        return read ? new AffectedDateRange(changed, changed) : null;
    }
}
