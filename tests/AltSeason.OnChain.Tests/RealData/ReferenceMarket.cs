using System.Globalization;
using AltSeason.OnChain.Signals;
using AltSeason.OnChain.Tests.Support;
using AltSeason.Testing;
using AltSeason.TimeSeries;

namespace AltSeason.OnChain.Tests.RealData;

/// <summary>
/// Loads the real reference files into <see cref="OnChainInputs"/>. CoinMarketCap's global snapshot is taken
/// about 01:45–02:05 UTC; its calendar date (UTC) is the as-of date. CoinGecko's daily rows are likewise the
/// start-of-day snapshot of their date, so both sources describe the same instant to within about two hours.
/// </summary>
internal static class ReferenceMarket
{
    static readonly Lazy<OnChainInputs> Loaded = new(Load);

    public static OnChainInputs Inputs => Loaded.Value;

    static OnChainInputs Load()
    {
        var global = TinyCsv.Read(ReferenceData.PathOf("cmc_global.csv"));
        DailySeries Column(string column) => new(global
            .Where(r => r[column].Length > 0)
            .Select(r => (DateOnly.ParseExact(r["date"][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), Number(r[column]))));
        var metrics = new GlobalMetrics(Column("total_market_cap"), Column("btc_dominance"), Column("stablecoin_market_cap"),
            Column("altcoin_market_cap"), "coinmarketcap-global");

        var coins = TinyCsv.Read(ReferenceData.PathOf("coingecko_markets.csv"))
            .GroupBy(r => r["id"])
            .Select(g => new CoinHistory(g.Key,
                Daily(g.Where(r => r["current_price"].Length > 0), "current_price"),
                Daily(g.Where(r => r["market_cap"].Length > 0 && Number(r["market_cap"]) > 0), "market_cap"),
                "coingecko"))
            .ToList();
        return new OnChainInputs(metrics, coins, []).Validate();
    }

    static DailySeries Daily(IEnumerable<Dictionary<string, string>> rows, string column) =>
        new(rows.Select(r => (DateOnly.ParseExact(r["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture), Number(r[column]))));

    static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
