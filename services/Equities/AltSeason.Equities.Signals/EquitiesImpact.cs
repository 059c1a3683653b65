using AltSeason.TimeSeries;
using AltSeason.TimeSeries.Statistics;

namespace AltSeason.Equities.Signals;

/// <summary>Which as-of dates (Russell 2000 sessions) a change to one input series on one date can alter.</summary>
public static class EquitiesImpact
{
    /// <param name="series">The changed series: <c>equity/rut</c>, <c>equity/spx</c> or <c>crypto/global</c>.</param>
    /// <returns>Null when no as-of date in <paramref name="inputs"/> depends on that value.</returns>
    public static AffectedDateRange? AffectedDates(
        EquitiesInputs inputs, EquitiesParameters parameters, string series, DateOnly changed)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(parameters);
        var sessions = inputs.Russell2000Close;
        var first = FirstOnOrAfter(sessions, changed);
        if (first < 0) return null;
        var everyLaterSession = new AffectedDateRange(sessions.DateAt(first), sessions.DateAt(sessions.Count - 1));

        return series switch
        {
            // The running maximum, the YTD base and the streak's "longest since" reach every later session.
            SeriesNames.Russell2000 or SeriesNames.SP500 => everyLaterSession,
            SeriesNames.CryptoGlobal => CryptoImpact(inputs, parameters, changed),
            _ => null,
        };
    }

    /// <summary>
    /// A crypto value only matters on sessions where RUT also closed; it enters the return ending there and the
    /// one starting there, which stay in the rolling windows (and Granger lags) for <c>span</c> more aligned sessions.
    /// </summary>
    static AffectedDateRange? CryptoImpact(EquitiesInputs inputs, EquitiesParameters parameters, DateOnly changed)
    {
        var rut = inputs.Russell2000Close;
        var crypto = inputs.CryptoTotalMarketCap ?? DailySeries.Empty;
        if (rut.IndexOf(changed) < 0) return null; // a weekend value never enters an aligned return

        var c = parameters.Correlation;
        var span = new[] { c.LongWindow, c.MediumWindow, c.ShortWindow, c.CrossCorrelationWindow, c.GrangerWindow + c.GrangerLags }.Max();
        var aligned = 0;
        var through = changed;
        for (var i = rut.IndexOf(changed); i < rut.Count && aligned <= span; i++)
        {
            var date = rut.DateAt(i);
            if (crypto.IndexOf(date) < 0 && date != changed) continue;
            through = date;
            aligned++;
        }
        return new AffectedDateRange(changed, through);
    }

    static int FirstOnOrAfter(DailySeries series, DateOnly date)
    {
        var i = series.IndexAtOrBefore(date);
        var next = i >= 0 && series.DateAt(i) == date ? i : i + 1;
        return next < series.Count ? next : -1;
    }
}
