using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>Daily exchange netflow of one token (<c>onchain/netflow/{token}</c>) in native units and, when supplied, USD.</summary>
/// <param name="Native">Inflow − outflow in token units; negative means coins left exchanges (accumulation).</param>
/// <param name="Usd">The same in USD; empty when the vendor gave no USD figures.</param>
public sealed record NetflowHistory(string Token, DailySeries Native, DailySeries Usd, string Source = "unspecified")
{
    /// <summary>
    /// Resolves netflow per day from the vendor's fields: inflow − outflow when both are there (the definition),
    /// otherwise the vendor's own netflow figure.
    /// </summary>
    public static NetflowHistory FromFields(string token, IReadOnlyList<Observation> rows, string source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new(token,
            Resolve(rows, Fields.Inflow, Fields.Outflow, Fields.Netflow),
            Resolve(rows, Fields.InflowUsd, Fields.OutflowUsd, Fields.NetflowUsd),
            source);
    }

    static DailySeries Resolve(IReadOnlyList<Observation> rows, string inflowField, string outflowField, string netField)
    {
        var inflow = LastPerDate(rows, inflowField);
        var outflow = LastPerDate(rows, outflowField);
        var net = LastPerDate(rows, netField);
        foreach (var (date, i) in inflow)
        {
            if (outflow.TryGetValue(date, out var o)) net[date] = i - o;
        }
        return new DailySeries(net.Select(kv => (kv.Key, kv.Value)));
    }

    // A later row for the same day is a revision and replaces the earlier one.
    static Dictionary<DateOnly, double> LastPerDate(IReadOnlyList<Observation> rows, string field)
    {
        var byDate = new Dictionary<DateOnly, double>();
        foreach (var row in rows)
        {
            if (row.Field == field) byDate[row.Date] = row.Value;
        }
        return byDate;
    }
}
