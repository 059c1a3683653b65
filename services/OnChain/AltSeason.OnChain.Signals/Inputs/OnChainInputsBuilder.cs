using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Signals;

/// <summary>
/// Turns ingested batches into <see cref="OnChainInputs"/>. Series of other kinds (equities, derivatives) are
/// ignored so a service can pass everything it holds; batches are applied in order, so a later batch's value for a
/// day replaces an earlier one (a revision).
/// </summary>
internal static class OnChainInputsBuilder
{
    const string CoinPrefix = "coin/";
    const string NetflowPrefix = "onchain/netflow/";

    public static OnChainInputs Build(IEnumerable<SeriesBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var rowsBySeries = new Dictionary<string, List<Observation>>();
        var sourceBySeries = new Dictionary<string, string>();
        foreach (var batch in batches)
        {
            if (!IsOnChainSeries(batch.Series)) continue;
            if (!rowsBySeries.TryGetValue(batch.Series, out var rows)) rowsBySeries[batch.Series] = rows = [];
            rows.AddRange(batch.Rows);
            sourceBySeries[batch.Series] = batch.Source;
        }

        var global = GlobalMetrics.Empty;
        var coins = new List<CoinHistory>();
        var flows = new List<NetflowHistory>();
        foreach (var (series, rows) in rowsBySeries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var source = sourceBySeries[series];
            if (series == SeriesNames.CryptoGlobal)
                global = new(Field(rows, Fields.TotalMarketCapUsd), Field(rows, Fields.BtcDominancePercent),
                    Field(rows, Fields.StablecoinMarketCapUsd), Field(rows, Fields.AltcoinMarketCapUsd), source);
            else if (series.StartsWith(CoinPrefix, StringComparison.Ordinal))
                coins.Add(new(Key(series, CoinPrefix), Field(rows, Fields.Price), Field(rows, Fields.MarketCapUsd), source));
            else
                flows.Add(NetflowHistory.FromFields(Key(series, NetflowPrefix), rows, source));
        }
        return new OnChainInputs(global, coins, flows).Validate();
    }

    static bool IsOnChainSeries(string series) =>
        series == SeriesNames.CryptoGlobal
        || series.StartsWith(CoinPrefix, StringComparison.Ordinal)
        || series.StartsWith(NetflowPrefix, StringComparison.Ordinal);

    static string Key(string series, string prefix)
    {
        var key = series[prefix.Length..];
        if (key.Length == 0 || key.Contains('/', StringComparison.Ordinal))
            throw new OnChainInputException(series, "name", null, $"expected '{prefix}<id>' with a single id segment");
        return key;
    }

    // Later rows win: they come from later batches, i.e. revisions.
    static DailySeries Field(List<Observation> rows, string field)
    {
        var byDate = new Dictionary<DateOnly, double>();
        foreach (var row in rows)
        {
            if (row.Field == field) byDate[row.Date] = row.Value;
        }
        return new DailySeries(byDate.Select(kv => (kv.Key, kv.Value)));
    }
}
